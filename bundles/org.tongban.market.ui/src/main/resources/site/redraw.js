// Re-runs a draw of the intermediary service market from its published inputs alone.
//
// Algorithm RFC3797-SHA256-v1 (RFC 3797 with SHA-256 in place of MD5):
//   candidatesSha256 = SHA-256 of the sorted candidates, each followed by "\n" (UTF-8), in hex;
//   key = algorithm + "/" + project + "/" + candidatesSha256 + "/" + publicValue + "/";
//   pick j (from 0): the digest of the 4-byte big-endian j, the key in UTF-8 and j again, read as an unsigned
//   number, modulo the candidates still left, names the next candidate; the whole order is drawn.
//
// In the draw page it reads the inputs shown in the page and compares its order with the published one.
// Standalone: node redraw.js draw-inputs.txt   (the inputs as /api/v1/market/projects/<id>/draw-inputs.txt gives them)
"use strict";
(function () {
  var ALGORITHM = "RFC3797-SHA256-v1";

  function parse(text) {
    var inputs = { candidates: [] };
    text.split(/\r?\n/).forEach(function (line) {
      var at = line.indexOf("=");
      if (at < 0) return;
      var name = line.slice(0, at), value = line.slice(at + 1);
      if (name === "candidate") inputs.candidates.push(value);
      else inputs[name] = value;
    });
    return inputs;
  }

  function subtle() {
    if (typeof globalThis !== "undefined" && globalThis.crypto && globalThis.crypto.subtle) return globalThis.crypto.subtle;
    if (typeof require === "function") return require("crypto").webcrypto.subtle;
    return null;
  }

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return b.toString(16).padStart(2, "0");
    }).join("");
  }

  function sha256(bytes) {
    return subtle().digest("SHA-256", bytes);
  }

  function int32(j) {
    return new Uint8Array([(j >>> 24) & 255, (j >>> 16) & 255, (j >>> 8) & 255, j & 255]);
  }

  async function run(inputs) {
    if (inputs.algorithm !== ALGORITHM) throw new Error("unknown algorithm " + inputs.algorithm);
    var utf8 = new TextEncoder();
    var candidates = inputs.candidates;
    var sorted = candidates.slice().sort();
    var isSorted = sorted.every(function (c, i) { return c === candidates[i]; });
    var checksum = hex(await sha256(utf8.encode(candidates.map(function (c) { return c + "\n"; }).join(""))));
    var key = utf8.encode(inputs.algorithm + "/" + inputs.project + "/" + checksum + "/" + inputs.publicValue + "/");
    var left = candidates.slice();
    var ranked = [];
    for (var j = 0; left.length > 0; j++) {
      var message = new Uint8Array(key.length + 8);
      message.set(int32(j), 0);
      message.set(key, 4);
      message.set(int32(j), 4 + key.length);
      var value = BigInt("0x" + hex(await sha256(message)));
      ranked.push(left.splice(Number(value % BigInt(left.length)), 1)[0]);
    }
    return { ranked: ranked, checksum: checksum, checksumMatches: checksum === inputs.candidatesSha256, sorted: isSorted };
  }

  function format(template, value) {
    return (template || "").replace("{0}", value);
  }

  if (typeof document !== "undefined") {
    var source = document.getElementById("market-draw-inputs");
    var output = document.getElementById("market-draw-browser");
    if (!source || !output) return;
    if (!subtle() || typeof BigInt === "undefined") {
      output.textContent = output.dataset.unavailable;
      return;
    }
    var published = Array.prototype.map.call(
      document.querySelectorAll("#market-draw-order [data-candidate]"),
      function (item) { return item.dataset.candidate; });
    output.textContent = output.dataset.running;
    run(parse(source.textContent)).then(function (result) {
      var same = result.checksumMatches && result.sorted && published.length === result.ranked.length
        && result.ranked.every(function (c, i) { return c === published[i]; });
      output.textContent = format(same ? output.dataset.same : output.dataset.differ, result.ranked[0]);
      output.dataset.outcome = same ? "same" : "differ";
      output.dataset.winner = result.ranked[0];
    }).catch(function () {
      output.textContent = output.dataset.unavailable;
    });
  } else if (typeof process !== "undefined" && process.argv.length > 2) {
    var inputs = parse(require("fs").readFileSync(process.argv[2], "utf8"));
    run(inputs).then(function (result) {
      console.log("candidatesSha256 " + result.checksum + (result.checksumMatches ? " (matches)" : " (DOES NOT MATCH)"));
      if (!result.sorted) console.log("the candidates are not sorted: not a published input");
      result.ranked.forEach(function (c, i) { console.log((i + 1) + ". " + c); });
      console.log("winner " + result.ranked[0]);
    });
  }
})();
