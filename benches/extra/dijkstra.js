// Routing on a small mesh network: an adjacency list of link objects with
// integer costs, Dijkstra from every node (linear-scan frontier, as on a
// device without a heap library), a BFS hop count, and the route text for
// the node farthest from node 5, rebuilt from the predecessor array.
const N = 20;
const adj = [];
for (let i = 0; i < N; i++) adj.push([]);
function link(a, b, w) {
  adj[a].push({ to: b, cost: w });
  adj[b].push({ to: a, cost: w });
}
let s = 3;
for (let i = 0; i < N; i++) {
  s = (s * 57 + 13) % 251;
  link(i, (i + 1) % N, 1 + s % 9);
  if (i % 3 === 0) link(i, (i + 7) % N, 4 + s % 13);
  if (i % 4 === 1) link(i, (i + 11) % N, 2 + (s >> 3) % 7);
}
const INF = 1000000;

function dijkstra(src, dist, prev, done) {
  for (let i = 0; i < N; i++) { dist[i] = INF; prev[i] = -1; done[i] = false; }
  dist[src] = 0;
  for (let iter = 0; iter < N; iter++) {
    let u = -1, best = INF;
    for (let i = 0; i < N; i++) {
      if (!done[i] && dist[i] < best) { best = dist[i]; u = i; }
    }
    if (u < 0) break;
    done[u] = true;
    const edges = adj[u];
    for (let e = 0; e < edges.length; e++) {
      const ed = edges[e];
      const nd = best + ed.cost;
      if (nd < dist[ed.to]) { dist[ed.to] = nd; prev[ed.to] = u; }
    }
  }
}

function bfsHops(src, hops, queue) {
  for (let i = 0; i < N; i++) hops[i] = -1;
  let head = 0, tail = 0;
  queue[tail++] = src; hops[src] = 0;
  while (head < tail) {
    const u = queue[head++];
    const edges = adj[u];
    for (let e = 0; e < edges.length; e++) {
      const v = edges[e].to;
      if (hops[v] < 0) { hops[v] = hops[u] + 1; queue[tail++] = v; }
    }
  }
  let sum = 0;
  for (let i = 0; i < N; i++) sum += hops[i];
  return sum;
}

function route(prev, src, dst) {
  const path = [];
  for (let v = dst; v !== -1; v = prev[v]) path.push(v);
  let text = '' + src;
  for (let i = path.length - 2; i >= 0; i--) text = text + '>' + path[i];
  return text;
}

let checked = false;
function run() {
  const dist = [], prev = [], done = [], hops = [], queue = [];
  let total = 0, diameter = 0, hopSum = 0, text = '';
  for (let src = 0; src < N; src++) {
    dijkstra(src, dist, prev, done);
    for (let i = 0; i < N; i++) {
      total += dist[i];
      if (dist[i] > diameter) diameter = dist[i];
    }
    if (src === 5) {
      let far = 0;
      for (let i = 1; i < N; i++) if (dist[i] > dist[far]) far = i;
      text = route(prev, 5, far);
    }
    hopSum += bfsHops(src, hops, queue);
  }
  const r = total + diameter * 10000 + hopSum;
  if (!checked) {
    checked = true;
    print('dijkstra ' + total + ' ' + diameter + ' ' + hopSum + ' ' + text);
  }
  return r;
}
vmExport(0, run);
