// RegKG query page: YASGUI on the RegKG endpoint, with the example queries of queries/.
(function () {
  "use strict";
  var host = document.getElementById("yasgui");
  if (!host || typeof Yasgui === "undefined") {
    return;
  }
  var endpoint = new URL(host.getAttribute("data-endpoint"), window.location.href).href;
  var yasgui = new Yasgui(host, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
  });
  var tab = yasgui.getTab();
  tab.setEndpoint(endpoint);
  var initial = document.getElementById("initial-query");
  if (initial && !tab.getQuery().includes("regkg")) {
    tab.setQuery(initial.textContent);
  }
  function exampleText(name) {
    var nodes = document.querySelectorAll("pre.example-text");
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].getAttribute("data-example") === name) {
        return nodes[i].textContent;
      }
    }
    return null;
  }
  document.querySelectorAll("button.example").forEach(function (button) {
    button.addEventListener("click", function () {
      var text = exampleText(button.getAttribute("data-example"));
      if (text !== null) {
        var t = yasgui.getTab();
        t.setEndpoint(endpoint);
        t.setQuery(text);
        t.query();
      }
    });
  });
  window.regkgYasgui = yasgui;
})();
