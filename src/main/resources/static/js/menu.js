// The header menu folds behind a "Meny" button on narrow screens (a phone, or a laptop zoomed to 200 %). Without
// script the button stays hidden and the menu open, so nothing is ever out of reach.
document.addEventListener("DOMContentLoaded", () => {
  const header = document.querySelector(".topbar");
  const toggle = header && header.querySelector(".menu-toggle");
  if (!toggle) {
    return;
  }
  header.classList.add("collapsible");
  toggle.hidden = false;
  const setOpen = (open) => {
    header.classList.toggle("open", open);
    toggle.setAttribute("aria-expanded", String(open));
  };
  toggle.addEventListener("click", () => setOpen(toggle.getAttribute("aria-expanded") !== "true"));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      toggle.focus();
    }
  });
});
