// Embeddable widget: <script src="https://citeqa.example/widget.js" data-citeqa-url="https://citeqa.example"></script>
// Adds a launcher button and a chat panel in an open shadow root, so page and widget CSS don't mix.
"use strict";
(function () {
  const script = document.currentScript;
  const baseUrl = ((script && script.dataset.citeqaUrl) || new URL(script.src).origin).replace(/\/$/, "");

  function mount() {
    const host = document.createElement("div");
    host.className = "citeqa-widget-host";
    document.body.append(host);
    const shadow = host.attachShadow({ mode: "open" });
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = baseUrl + "/static/chat.css";
    const launcher = document.createElement("button");
    launcher.type = "button";
    launcher.className = "citeqa-launcher";
    launcher.setAttribute("data-testid", "widget-launcher");
    launcher.setAttribute("aria-expanded", "false");
    launcher.setAttribute("aria-controls", "citeqa-panel");
    launcher.textContent = "Ask the article";
    const panel = document.createElement("div");
    panel.id = "citeqa-panel";
    panel.className = "citeqa-panel";
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", "citeqa chat");
    panel.hidden = true;
    shadow.append(style, panel, launcher);
    let chat = null;
    launcher.addEventListener("click", () => {
      panel.hidden = !panel.hidden;
      launcher.setAttribute("aria-expanded", String(!panel.hidden));
      if (!panel.hidden) {
        chat = chat || new window.CiteqaChat(panel, { baseUrl });
        chat.input.focus();
      }
    });
  }

  function load() {
    if (window.CiteqaChat) return mount();
    const component = document.createElement("script");
    component.src = baseUrl + "/static/chat.js";
    component.onload = mount;
    document.head.append(component);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", load);
  else load();
})();
