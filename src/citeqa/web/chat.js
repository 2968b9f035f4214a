// The citeqa chat component, shared by the page ("/") and the widget ("/widget.js").
// Everything from the question, the answer or a document is inserted as text, never as HTML.
"use strict";
(function () {
  const REQUEST_TIMEOUT_MS = 60000;

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === "text") node.textContent = value;
      else if (name === "hidden") node.hidden = Boolean(value);
      else node.setAttribute(name, value);
    }
    for (const child of children || []) node.append(child);
    return node;
  }

  function parseEvents(buffer) {
    // Server-Sent Events: blocks separated by a blank line, "event:" and "data:" fields.
    const events = [];
    let index;
    while ((index = buffer.indexOf("\n\n")) !== -1) {
      const block = buffer.slice(0, index);
      buffer = buffer.slice(index + 2);
      let name = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event: ")) name = line.slice(7);
        else if (line.startsWith("data: ")) data.push(line.slice(6));
      }
      if (data.length) events.push({ name, data: JSON.parse(data.join("\n")) });
    }
    return { events, rest: buffer };
  }

  class CiteqaChat {
    constructor(root, options) {
      this.root = root;
      this.baseUrl = (options && options.baseUrl) || "";
      this.history = [];
      this.documents = new Map();
      this.busy = false;
      this.render();
    }

    render() {
      const id = "citeqa-q-" + Math.random().toString(36).slice(2);
      this.log = el("div", { class: "citeqa-log", role: "log", "aria-live": "polite", "aria-label": "Conversation" });
      this.input = el("textarea", {
        id, rows: "2", maxlength: "2000", "data-testid": "question-input",
        placeholder: "Ask about the article…",
      });
      this.askButton = el("button", { type: "submit", "data-testid": "ask-button", text: "Ask" });
      this.resetButton = el("button", { type: "button", class: "citeqa-secondary", "data-testid": "reset-button", text: "Start over" });
      this.form = el("form", { class: "citeqa-form", "aria-label": "Ask a question" }, [
        el("label", { for: id, class: "citeqa-label", text: "Your question" }),
        el("div", { class: "citeqa-row" }, [this.input, this.askButton]),
      ]);
      this.readerTitle = el("h2", { class: "citeqa-reader-title", text: "Source" });
      this.readerText = el("div", { class: "citeqa-reader-text", tabindex: "0" });
      this.readerClose = el("button", { type: "button", class: "citeqa-secondary", "aria-label": "Close the source", text: "Close" });
      this.reader = el("aside", { class: "citeqa-reader", "aria-label": "Source document", hidden: true }, [
        el("div", { class: "citeqa-reader-bar" }, [this.readerTitle, this.readerClose]),
        this.readerText,
      ]);
      const header = el("header", { class: "citeqa-header" }, [
        el("h1", { class: "citeqa-title", text: "Ask the article" }),
        this.resetButton,
      ]);
      const chat = el("section", { class: "citeqa-chat" }, [header, this.log, this.form]);
      this.root.append(el("div", { class: "citeqa" }, [chat, this.reader]));

      this.form.addEventListener("submit", (event) => { event.preventDefault(); this.ask(); });
      this.input.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); this.ask(); }
      });
      this.resetButton.addEventListener("click", () => this.reset());
      this.readerClose.addEventListener("click", () => { this.reader.hidden = true; this.input.focus(); });
    }

    reset() {
      this.history = [];
      this.log.replaceChildren();
      this.reader.hidden = true;
      this.input.value = "";
      this.input.focus();
    }

    async ask() {
      const question = this.input.value.trim();
      if (!question || this.busy) return;
      this.busy = true;
      this.askButton.disabled = true;
      this.input.value = "";
      this.log.append(el("div", { class: "citeqa-msg citeqa-user", text: question }));
      const bubble = el("div", { class: "citeqa-msg citeqa-bot", "data-testid": "answer", "aria-busy": "true" });
      const body = el("div", { class: "citeqa-answer-text" });
      bubble.append(body);
      this.log.append(bubble);
      bubble.scrollIntoView({ block: "end" });
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
      try {
        const response = await fetch(this.baseUrl + "/api/ask/stream", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ question, history: this.history }),
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(await this.errorMessage(response));
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        let done = null;
        for (;;) {
          const chunk = await reader.read();
          if (chunk.done) break;
          const parsed = parseEvents(buffer + decoder.decode(chunk.value, { stream: true }));
          buffer = parsed.rest;
          for (const event of parsed.events) {
            if (event.name === "delta") body.append(document.createTextNode(event.data.text));
            else if (event.name === "done") done = event.data;
            else if (event.name === "error") throw new Error(event.data.message);
          }
        }
        if (!done) throw new Error("The answer was cut off. Please try again.");
        this.showAnswer(bubble, body, done);
        this.history.push({ role: "user", content: question }, { role: "assistant", content: done.answer });
      } catch (error) {
        const message = error.name === "AbortError" ? "The server took too long to answer. Please try again."
          : error instanceof TypeError ? "The server can't be reached. Check that citeqa is running."
          : error.message;
        bubble.classList.add("citeqa-error");
        body.replaceChildren(el("p", { role: "alert", "data-testid": "error", text: message }));
      } finally {
        clearTimeout(timer);
        bubble.removeAttribute("aria-busy");
        this.busy = false;
        this.askButton.disabled = false;
        this.input.focus();
      }
    }

    async errorMessage(response) {
      try {
        const payload = await response.json();
        return (payload.error && payload.error.message) || "The request failed (" + response.status + ").";
      } catch (_) {
        return "The request failed (" + response.status + ").";
      }
    }

    showAnswer(bubble, body, answer) {
      if (!answer.answerable) {
        bubble.classList.add("citeqa-refused");
        body.replaceChildren(el("p", { "data-testid": "refusal", text: answer.answer }));
        return;
      }
      const byId = new Map(answer.citations.map((c) => [c.id, c]));
      const parts = [];
      let last = 0;
      for (const match of answer.answer.matchAll(/\[(\d+)\]/g)) {
        const citation = byId.get(Number(match[1]));
        if (!citation) continue;
        parts.push(document.createTextNode(answer.answer.slice(last, match.index)));
        parts.push(this.chip(citation));
        last = match.index + match[0].length;
      }
      parts.push(document.createTextNode(answer.answer.slice(last)));
      body.replaceChildren(...parts);
      const sources = el("ol", { class: "citeqa-sources", "aria-label": "Sources" });
      for (const citation of answer.citations) {
        const open = el("button", { type: "button", class: "citeqa-source-link", text: citation.source });
        open.addEventListener("click", () => this.openCitation(citation));
        sources.append(el("li", { value: String(citation.id) }, [open, el("q", { text: citation.text })]));
      }
      bubble.append(sources);
    }

    chip(citation) {
      const chip = el("button", {
        type: "button", class: "citeqa-chip", "data-testid": "citation",
        "aria-label": "Show source " + citation.id + " in the document", text: "[" + citation.id + "]",
      });
      chip.addEventListener("click", () => this.openCitation(citation));
      return chip;
    }

    async openCitation(citation) {
      try {
        let documentInfo = this.documents.get(citation.doc_id);
        if (!documentInfo) {
          const response = await fetch(this.baseUrl + "/api/documents/" + encodeURIComponent(citation.doc_id));
          if (!response.ok) throw new Error(await this.errorMessage(response));
          documentInfo = await response.json();
          this.documents.set(citation.doc_id, documentInfo);
        }
        const text = documentInfo.text;
        const mark = el("mark", { "data-testid": "passage", tabindex: "-1", text: text.slice(citation.start, citation.end) });
        this.readerTitle.textContent = documentInfo.title || documentInfo.source;
        this.readerText.replaceChildren(
          document.createTextNode(text.slice(0, citation.start)), mark, document.createTextNode(text.slice(citation.end)),
        );
        this.reader.hidden = false;
        mark.scrollIntoView({ block: "center" });
        mark.focus({ preventScroll: true });
      } catch (error) {
        this.log.append(el("p", { class: "citeqa-msg citeqa-error", role: "alert", text: "Could not open the source: " + error.message }));
      }
    }
  }

  window.CiteqaChat = CiteqaChat;
})();
