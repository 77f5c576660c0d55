"""thidua — a knowledge graph of Vietnamese directives and emulation campaigns.

Public API::

    from graph import load, clean, extract, extract_file, extract_paths
"""

from .api import Failure, extract_paths
from .clean import CleanText, clean, clean_text
from .errors import LoadError, ThiduaError
from .extract import extract, extract_file
from .load import load
from .models import ExtractedDocument

__all__ = [
    "CleanText",
    "ExtractedDocument",
    "Failure",
    "LoadError",
    "ThiduaError",
    "clean",
    "clean_text",
    "extract",
    "extract_file",
    "extract_paths",
    "load",
]
__version__ = "0.1.0"
