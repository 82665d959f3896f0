/// Renders the timeline as one self-contained HTML page: inline CSS and SVG, a few lines of
/// inline script, no network fetches. Dates run along a horizontal axis (one column per distinct
/// date, in order); each event is a marker above its date, coloured by outlet; hovering shows
/// the event (an SVG `<title>`) and clicking lists its source sentences and claim ids.
public enum TimelineHTML {
    /// The outlet colours, in legend order; more outlets cycle through hues.
    static let palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf",
                          "#bcbd22", "#7f7f7f", "#393b79", "#637939", "#d62728"]

    /// Column width, marker size and margins, in pixels.
    static let marker = 22, gap = 6, left = 60, top = 30, labelSpace = 120

    /// The page for an analysis.
    public static func render(_ a: Analysis) -> String {
        render(a, timeline: a.timeline)
    }

    /// The page for an analysis and a timeline already built (or filtered) by the caller.
    public static func render(_ a: Analysis, timeline: [TimelineEntry]) -> String {
        let sources = Array(Set(timeline.flatMap(\.sources))).sorted()
        var colour: [String: String] = [:]
        for (k, s) in sources.enumerated() {
            colour[s] = k < palette.count ? palette[k] : "hsl(\((k * 47) % 360), 60%, 45%)"
        }

        // Columns: one per distinct value, in order.
        var columns: [String] = []
        var columnOf: [String: Int] = [:]
        for e in timeline where columnOf[e.value] == nil {
            columnOf[e.value] = columns.count
            columns.append(e.value)
        }
        var stack = [Int](repeating: 0, count: columns.count)
        for e in timeline { stack[columnOf[e.value] ?? 0] += 1 }
        let tallest = max(1, stack.max() ?? 1)
        // Few dates get wide columns so the axis fills the page; many get narrow ones.
        let column = max(34, min(110, 1200 / max(1, columns.count)))
        let plotHeight = tallest * (marker + gap) + gap
        let width = left * 2 + max(1, columns.count) * column
        let axisY = top + plotHeight
        let height = axisY + labelSpace

        var svg = ""
        svg += "<svg width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"Timeline of events\">\n"
        svg += "<line class=\"axis\" x1=\"\(left - 10)\" y1=\"\(axisY)\" x2=\"\(width - left + 10)\" y2=\"\(axisY)\"/>\n"
        for (k, v) in columns.enumerated() {
            let x = left + k * column + column / 2
            svg += "<line class=\"tick\" x1=\"\(x)\" y1=\"\(axisY)\" x2=\"\(x)\" y2=\"\(axisY + 6)\"/>"
            svg += "<text class=\"label\" transform=\"translate(\(x + 4),\(axisY + 12)) rotate(60)\">\(escape(v))</text>\n"
        }
        var filled = [Int](repeating: 0, count: columns.count)
        var details = ""
        for e in timeline {
            let col = columnOf[e.value] ?? 0
            // Wider markers for events several outlets report, so each colour stays visible.
            let w = min(column - 6, max(marker, 9 * e.sources.count))
            let x = left + col * column + (column - w) / 2
            let y = axisY - gap - (filled[col] + 1) * (marker + gap) + gap
            filled[col] += 1
            var lines = ["\(e.id) · \(e.value) (\(e.granularity.rawValue))", e.text, "Outlets: " + e.sources.joined(separator: ", "),
                         "Claims: " + e.claims.joined(separator: ", ")]
            if e.conflict { lines.append("Date conflict with " + e.conflictsWith.joined(separator: ", ")) }
            let coarse = e.granularity < .month
            svg += "<g class=\"event\(e.conflict ? " conflict" : "")\(coarse ? " coarse" : "")\" data-id=\"\(escape(e.id))\" tabindex=\"0\">"
            svg += "<title>\(escape(lines.joined(separator: "\n")))</title>"
            let part = Double(w) / Double(max(1, e.sources.count))
            for (k, s) in e.sources.enumerated() {
                let px = Double(x) + Double(k) * part
                svg += "<rect x=\"\(fmt(px))\" y=\"\(y)\" width=\"\(fmt(part))\" height=\"\(marker)\" fill=\"\(colour[s] ?? "#999")\"/>"
            }
            svg += "<rect class=\"frame\" x=\"\(x)\" y=\"\(y)\" width=\"\(w)\" height=\"\(marker)\" rx=\"4\"/>"
            if e.claims.count > 1 {
                svg += "<text class=\"count\" x=\"\(x + w / 2)\" y=\"\(y + marker / 2 + 4)\">\(e.claims.count)</text>"
            }
            svg += "</g>\n"

            details += "<section class=\"detail\" id=\"d-\(escape(e.id))\" hidden>"
            details += "<h2>\(escape(e.id)) · \(escape(e.value)) <small>\(escape(e.granularity.rawValue))</small></h2>"
            if e.conflict {
                details += "<p class=\"warn\">Date conflict with \(escape(e.conflictsWith.joined(separator: ", ")))</p>"
            }
            details += "<ul>"
            for id in e.claims {
                guard let k = a.claimIndex(id: id) else { continue }
                let c = a.claims[k]
                let src = a.documents[c.document].sourceName
                details += "<li><span class=\"swatch\" style=\"background:\(colour[src] ?? "#999")\"></span>"
                details += "<b>\(escape(src))</b> <code>\(escape(id))</code> \(escape(a.text(c.document, c.span)))</li>"
            }
            details += "</ul></section>\n"
        }
        svg += "</svg>"

        var legend = "<ul class=\"legend\">"
        for s in sources {
            legend += "<li><span class=\"swatch\" style=\"background:\(colour[s] ?? "#999")\"></span>\(escape(s))</li>"
        }
        legend += "<li><span class=\"swatch conflict-swatch\"></span>date conflict</li>"
        legend += "<li><span class=\"swatch coarse-swatch\"></span>year or coarser</li></ul>"

        let title = "Timeline" + (a.name.map { " — " + $0 } ?? "")
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<title>\(escape(title))</title>\n<style>\n\(css)\n</style>\n</head>\n<body>\n"
        html += "<h1>\(escape(title))</h1>\n"
        html += "<p class=\"summary\">\(timeline.count) events · \(columns.count) dates · \(sources.count) outlets. Hover a marker for the event, click it for the sentences.</p>\n"
        html += legend + "\n<div class=\"plot\">\n" + svg + "\n</div>\n<div id=\"details\">\n" + details + "</div>\n"
        html += "<script>\n\(script)\n</script>\n</body>\n</html>\n"
        return html
    }

    /// Escapes text for HTML element content and attribute values.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static func fmt(_ d: Double) -> String {
        let r = (d * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    static let css = """
    body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
    h1 { font-size: 1.4em; margin: 0 0 .3em; }
    .summary { color: #555; margin: 0 0 .6em; }
    .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4em 1.2em; }
    .swatch { display: inline-block; width: 12px; height: 12px; margin-right: .35em; vertical-align: -1px; border-radius: 2px; }
    .conflict-swatch { border: 2px solid #d00; width: 9px; height: 9px; }
    .coarse-swatch { border: 2px dashed #444; width: 9px; height: 9px; }
    .plot { overflow-x: auto; border: 1px solid #ddd; background: #fcfcfc; }
    .axis { stroke: #333; stroke-width: 2; }
    .tick { stroke: #333; }
    .label { font-size: 11px; fill: #333; }
    .event { cursor: pointer; }
    .event .frame { fill: none; stroke: #333; stroke-width: 1; }
    .event.coarse .frame { stroke-dasharray: 3 2; }
    .event.conflict .frame { stroke: #d00; stroke-width: 3; }
    .event:hover .frame, .event:focus .frame, .event.selected .frame { stroke: #000; stroke-width: 3; }
    .count { font-size: 11px; fill: #fff; text-anchor: middle; font-weight: bold; pointer-events: none; }
    .detail { border-left: 4px solid #888; padding: .2em 1em; margin: 1em 0; }
    .detail h2 { font-size: 1.1em; margin: .3em 0; }
    .detail li { margin: .3em 0; list-style: none; }
    .warn { color: #b00; font-weight: bold; }
    code { background: #eee; padding: 0 .25em; border-radius: 3px; }
    """

    static let script = """
    (function () {
      var shown = null;
      function show(id) {
        if (shown) { shown.hidden = true; }
        var sel = document.querySelectorAll('.event.selected');
        for (var i = 0; i < sel.length; i++) { sel[i].classList.remove('selected'); }
        var d = document.getElementById('d-' + id);
        if (!d) { return; }
        d.hidden = false;
        shown = d;
        var g = document.querySelector('.event[data-id="' + id + '"]');
        if (g) { g.classList.add('selected'); }
      }
      var events = document.querySelectorAll('.event');
      for (var i = 0; i < events.length; i++) {
        events[i].addEventListener('click', function () { show(this.getAttribute('data-id')); });
        events[i].addEventListener('keydown', function (e) { if (e.key === 'Enter') { show(this.getAttribute('data-id')); } });
      }
    })();
    """
}
