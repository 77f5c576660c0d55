// Draw the aggregated cascade (one node per province and level, never one per launch) with vis-network,
// from the JSON the page carries; a click on a group opens its launches.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("network");
  var data = document.getElementById("network-data");
  if (!box || !data || typeof vis === "undefined") { return; }
  var net = JSON.parse(data.textContent);
  var network = new vis.Network(box, { nodes: new vis.DataSet(net.nodes), edges: new vis.DataSet(net.edges) }, {
    layout: { hierarchical: { direction: "UD", sortMethod: "directed", levelSeparation: 140, nodeSpacing: 240 } },
    physics: false,
    nodes: { shape: "box", margin: 8, font: { face: "Noto Sans, DejaVu Sans, sans-serif", multi: false }, scaling: { min: 10, max: 30 } },
    edges: { color: "#8aa4bf", scaling: { min: 1, max: 8 } },
    interaction: { hover: true }
  });
  box.setAttribute("data-drawn", String(net.nodes.length));
  network.on("click", function (params) {
    if (params.nodes.length && params.nodes[0] !== "d") {
      var link = document.querySelector('a.expand[data-group="' + CSS.escape(params.nodes[0]) + '"]');
      if (link) { window.location.href = link.href; }
    }
  });
});
