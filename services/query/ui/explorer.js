// The memstream explorer: the public API, called with the key the user signed in with.
// Everything a user or the API wrote is put on the page as text (textContent), never as
// HTML, and the Content Security Policy allows no inline script: a memory holding markup
// shows as the characters it holds.

const KEY = "memstream.apiKey"; // session storage: gone when the tab closes
const $ = (id) => document.getElementById(id);
let eventTimer = null;
let selectedEntity = null;

// -- the API -------------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function api(method, path, body) {
  const headers = { Authorization: `Token ${sessionStorage.getItem(KEY)}` };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
    credentials: "omit",
  });
  let answer = null;
  try {
    answer = await response.json();
  } catch {
    answer = null;
  }
  if (!response.ok) {
    const detail = answer && typeof answer.detail === "string" ? answer.detail : response.statusText;
    throw new ApiError(response.status, detail);
  }
  return answer;
}

// -- building the page from data, as text ----------------------------------------------

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function cell(content) {
  if (content instanceof HTMLTableCellElement) return content;
  const td = el("td", content instanceof Node ? undefined : content);
  if (content instanceof Node) td.append(content);
  return td;
}

function row(cells, onClick) {
  const tr = document.createElement("tr");
  for (const content of cells) tr.append(cell(content));
  if (onClick) tr.addEventListener("click", () => onClick(tr));
  return tr;
}

function json(value) {
  return el("pre", value === null || value === undefined ? "" : JSON.stringify(value, null, 2));
}

function when(iso) {
  return iso ? iso.replace("T", " ").replace(/(\.\d{3})\d*/, "$1").replace("+00:00", "Z") : "";
}

function select(container, node) {
  for (const other of container.querySelectorAll(".selected")) other.classList.remove("selected");
  node.classList.add("selected");
}

// -- signing in ----------------------------------------------------------------------

async function signIn(key) {
  sessionStorage.setItem(KEY, key);
  try {
    const me = await api("GET", "/v1/ping/");
    $("who").textContent = `${me.org_id} / ${me.project_id}`;
  } catch (error) {
    sessionStorage.removeItem(KEY);
    $("sign-in-error").textContent = error.status === 401 ? `Refused: ${error.message}` : error.message;
    return;
  }
  $("sign-in-error").textContent = "";
  $("sign-in").hidden = true;
  $("app").hidden = false;
  $("sign-out").hidden = false;
  showTab("events");
}

function signOut() {
  sessionStorage.removeItem(KEY);
  clearInterval(eventTimer);
  location.reload();
}

function showTab(name) {
  for (const button of document.querySelectorAll("nav button")) {
    button.classList.toggle("active", button.dataset.tab === name);
  }
  for (const tab of document.querySelectorAll(".tab")) tab.hidden = tab.id !== name;
  clearInterval(eventTimer);
  if (name === "events") {
    refreshEvents();
    eventTimer = setInterval(refreshEvents, 2000);
  } else if (name === "memories") {
    refreshEntities();
  }
}

// -- events --------------------------------------------------------------------------

async function refreshEvents() {
  const status = $("event-status").value;
  const query = new URLSearchParams({ page_size: "50" });
  if (status) query.set("status", status);
  let page;
  try {
    page = await api("GET", `/v1/events/?${query}`);
  } catch (error) {
    return; // the next refresh tries again
  }
  const body = $("event-list").querySelector("tbody");
  body.replaceChildren(
    ...page.results.map((event) =>
      row(
        [event.id, event.event_type, el("td", event.status, `status-${event.status}`), when(event.created_at), event.latency === null ? "" : Math.round(event.latency)],
        (tr) => {
          select(body, tr);
          showEvent(event.id);
        },
      ),
    ),
  );
}

async function showEvent(id) {
  const event = await api("GET", `/v1/event/${encodeURIComponent(id)}/`);
  const detail = $("event-detail");
  detail.hidden = false;
  detail.replaceChildren(...eventView(event));
}

function eventView(event) {
  const parts = [
    el("h3", `${event.event_type} ${event.id}`),
    el("p", event.status, `status-${event.status}`),
    el("h4", "Timings"),
    json({
      created_at: event.created_at,
      started_at: event.started_at,
      completed_at: event.completed_at,
      latency_ms: event.latency,
    }),
  ];
  if (event.error) parts.push(el("h4", "Error"), el("p", event.error, "error"));
  parts.push(el("h4", `Results (${(event.results || []).length})`));
  const results = el("ul");
  for (const result of event.results || []) {
    results.append(el("li", `${result.event}: ${result.data ? result.data.memory : ""}`));
  }
  if (event.status === "SUCCEEDED" && !(event.results || []).length) {
    results.append(el("li", "Nothing new to remember."));
  }
  parts.push(results, el("h4", "Payload"), json(event.payload), el("h4", "Metadata"), json(event.metadata));
  return parts;
}

// -- entities and memories -----------------------------------------------------------

async function refreshEntities() {
  const list = $("entity-list");
  let page;
  try {
    page = await api("GET", "/v1/entities/");
  } catch (error) {
    list.replaceChildren(el("li", error.message, "error"));
    return;
  }
  list.replaceChildren(
    ...page.results.map((entity) => {
      const item = el("li", `${entity.type}: ${entity.name} (${entity.total_memories})`);
      item.addEventListener("click", () => {
        select(list, item);
        selectedEntity = entity;
        listMemories();
      });
      return item;
    }),
  );
}

function entityFilter() {
  return { [`${selectedEntity.type}_id`]: selectedEntity.name };
}

function showMemories(memories) {
  $("memory-list").querySelector("tbody").replaceChildren(
    ...memories.map((memory) =>
      row([
        memory.memory,
        memory.score === undefined || memory.score === null ? "" : memory.score.toFixed(3),
        (memory.categories || []).join(", "),
        memory.metadata ? el("code", JSON.stringify(memory.metadata)) : "",
        when(memory.created_at),
        when(memory.updated_at),
        memory.expiration_date || "",
      ]),
    ),
  );
}

async function listMemories() {
  if (!selectedEntity) return;
  $("memory-heading").textContent = `Memories of ${selectedEntity.type} ${selectedEntity.name}`;
  $("memory-error").textContent = "";
  try {
    const page = await api("POST", "/v3/memories/?page_size=100", { filters: entityFilter() });
    showMemories(page.results);
  } catch (error) {
    $("memory-error").textContent = error.message;
  }
}

async function searchMemories(query) {
  if (!selectedEntity) {
    $("memory-error").textContent = "Choose a user, agent, app or run first.";
    return;
  }
  $("memory-error").textContent = "";
  try {
    const found = await api("POST", "/v3/memories/search/", { query, filters: entityFilter() });
    showMemories(found.results);
  } catch (error) {
    $("memory-error").textContent = error.message;
  }
}

// -- adding --------------------------------------------------------------------------

function messagesFrom(text) {
  const messages = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const match = /^\s*(user|assistant|system)\s*:\s*(.*)$/i.exec(line);
    if (match) messages.push({ role: match[1].toLowerCase(), content: match[2] });
    else if (messages.length) messages[messages.length - 1].content += `\n${line}`;
    else messages.push({ role: "user", content: line });
  }
  return messages;
}

function addBody() {
  const body = { messages: messagesFrom($("add-messages").value), infer: $("add-infer").checked };
  for (const [field, id] of [["user_id", "add-user"], ["agent_id", "add-agent"], ["app_id", "add-app"], ["run_id", "add-run"]]) {
    const value = $(id).value.trim();
    if (value) body[field] = value;
  }
  const metadata = $("add-metadata").value.trim();
  if (metadata) body.metadata = JSON.parse(metadata);
  return body;
}

function timeline(event) {
  const steps = [["PENDING", event.created_at], ["RUNNING", event.started_at]];
  steps.push([event.status === "FAILED" ? "FAILED" : "SUCCEEDED", event.completed_at]);
  $("add-timeline").replaceChildren(
    ...steps
      .filter(([, at]) => at)
      .map(([status, at]) => el("li", `${status} at ${when(at)}`, `status-${status}`)),
  );
}

async function add() {
  $("add-error").textContent = "";
  $("add-result").hidden = true;
  let body;
  try {
    body = addBody();
  } catch (error) {
    $("add-error").textContent = `metadata is not valid JSON: ${error.message}`;
    return;
  }
  let accepted;
  try {
    accepted = await api("POST", "/v3/memories/add/", body);
  } catch (error) {
    $("add-error").textContent = error.message;
    return;
  }
  $("add-timeline").replaceChildren(el("li", `PENDING: event ${accepted.event_id}`, "status-PENDING"));
  for (;;) {
    let event;
    try {
      event = await api("GET", `/v1/event/${accepted.event_id}/`);
    } catch (error) {
      if (error.status !== 404) {
        $("add-error").textContent = error.message;
        return;
      }
      event = null;
    }
    if (event) {
      timeline(event);
      if (event.status === "SUCCEEDED" || event.status === "FAILED") {
        const result = $("add-result");
        result.hidden = false;
        result.replaceChildren(...eventView(event));
        return;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

// -- wiring --------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", () => {
  $("sign-in-form").addEventListener("submit", (event) => {
    event.preventDefault();
    signIn($("api-key").value.trim());
    $("api-key").value = "";
  });
  $("sign-out").addEventListener("click", signOut);
  for (const button of document.querySelectorAll("nav button")) {
    button.addEventListener("click", () => showTab(button.dataset.tab));
  }
  $("event-status").addEventListener("change", refreshEvents);
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    searchMemories($("search-query").value.trim());
  });
  $("search-clear").addEventListener("click", listMemories);
  $("add-form").addEventListener("submit", (event) => {
    event.preventDefault();
    add();
  });
  const key = sessionStorage.getItem(KEY);
  if (key) signIn(key);
});
