"""thidua — a knowledge graph of Vietnamese directives and emulation campaigns.

Public API::

    from graph import load_file, clean_loaded, extract_document, extract_file, extract_paths

Modules and functions never share a name: ``graph.load``, ``graph.clean`` and ``graph.extract`` are the
modules; their entry points are ``load_file``, ``clean_loaded`` and ``extract_document``.
"""

from .api import Failure, extract_paths
from .clean import CleanText, clean_loaded, clean_text
from .errors import LoadError, ThiduaError, UserError
from .extract import extract_document, extract_file
from .load import load_file
from .models import ExtractedDocument

__all__ = [
    "CleanText",
    "ExtractedDocument",
    "Failure",
    "LoadError",
    "ThiduaError",
    "UserError",
    "clean_loaded",
    "clean_text",
    "extract_document",
    "extract_file",
    "extract_paths",
    "load_file",
]
__version__ = "0.1.0"
