// Mounts the chat on the page served at "/".
"use strict";
new window.CiteqaChat(document.getElementById("app"), { baseUrl: "" });
