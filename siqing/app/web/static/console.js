// Ask before approving or sending: forms carrying data-confirm (no inline scripts: the CSP forbids them).
document.addEventListener("submit", function (ev) {
  var form = ev.target;
  var text = form.getAttribute && form.getAttribute("data-confirm");
  if (text && !window.confirm(text)) { ev.preventDefault(); }
}, true);
