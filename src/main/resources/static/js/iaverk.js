// Small glue for htmx: send the CSRF token with every htmx request, and show error fragments
// (which our server renders for htmx requests) in the page's error area instead of dropping them.
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector("meta[name=_csrf]");
  const header = document.querySelector("meta[name=_csrf_header]");
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

document.addEventListener("htmx:beforeSwap", (event) => {
  if (event.detail.xhr.status >= 400) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
    event.detail.target = document.getElementById("error-area");
  }
});

document.addEventListener("htmx:afterRequest", (event) => {
  if (event.detail.successful) {
    const area = document.getElementById("error-area");
    if (area && event.detail.target !== area) {
      area.innerHTML = "";
    }
  }
});

// A button with data-print prints the page (no inline onclick: the Content-Security-Policy forbids it).
document.addEventListener("click", (event) => {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});
