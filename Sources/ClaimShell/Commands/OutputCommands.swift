import ClaimKit

/// `set`, `export`, `keep`, `note`, `findings`.
enum OutputCommands {
    static let all: [Command] = [set, export, keep, note, findings]

    static let set = Command(
        name: "set", synopsis: "set [format|color|width] [VALUE]",
        summary: "Shows or changes output settings: format, colour and width.",
        details: """
        format table|json|jsonl|csv|markdown   how listings are written (table is tab-separated outside a terminal)
        color on|off|auto                      auto colours a terminal unless NO_COLOR is set
        width N|auto                           fit tables to N columns (auto: the terminal's width; never cut outside one)
        """,
        examples: ["set", "set format json", "set color off", "set width 120"], arguments: .setting
    ) { s, inv throws(ShellError) in
        let args = inv.arguments
        guard let name = args.first else {
            s.console.line("format \(s.settings.format.rawValue)")
            s.console.line("color \(s.settings.color.rawValue)")
            s.console.line("width \(s.settings.width.map(String.init) ?? "auto")")
            return
        }
        let settings = ["format", "color", "colour", "width"]
        guard settings.contains(name.text) else {
            var msg = "unknown setting '\(name.text)'"
            if let n = Suggest.nearest(name.text, in: settings) { msg += "; did you mean '\(n)'?" }
            throw ShellError(msg + " (settings: format, color, width)", offset: name.offset)
        }
        guard args.count == 2 else { throw ShellError("usage: set \(name.text) VALUE") }
        let v = args[1]
        switch name.text {
        case "format":
            guard let f = Settings.Format(rawValue: v.text.lowercased()) else {
                throw ShellError("unknown format '\(v.text)' (formats: \(Settings.Format.allCases.map(\.rawValue).joined(separator: ", ")))", offset: v.offset)
            }
            s.settings.format = f
        case "color", "colour":
            guard let c = Settings.ColorMode(rawValue: v.text.lowercased()) else {
                throw ShellError("color takes on, off or auto, not '\(v.text)'", offset: v.offset)
            }
            s.settings.color = c
        default:
            if v.text == "auto" { s.settings.width = nil; return }
            guard let n = Int(v.text), n >= 20, n <= 1000 else {
                throw ShellError("width takes a number of columns from 20 to 1000, or auto", offset: v.offset)
            }
            s.settings.width = n
        }
    }

    static let export = Command(
        name: "export", synopsis: "export json|analysis|findings|timeline FILE|-",
        summary: "Writes the last listing, the whole analysis or the findings basket as JSON, or the timeline as HTML.",
        details: """
        json      the last listing's results, with provenance (document, outlet, date, byte span)
        analysis  the whole analysis in the claims.analysis/1 schema (docs/export.md)
        findings  the findings basket with notes
        timeline  a self-contained HTML page: events on a time axis, outlets as colours, sources on hover
        The file is written whole or not at all (a temporary file, then a rename). '-' writes to standard output.
        """,
        examples: ["export json -", "export analysis out/analysis.json", "export findings findings.json",
                   "export timeline timeline.html"],
        arguments: .export
    ) { s, inv throws(ShellError) in
        let kinds = ["json", "analysis", "findings", "timeline"]
        guard inv.arguments.count == 2 else { throw ShellError("usage: export json|analysis|findings|timeline FILE|-") }
        let kind = inv.arguments[0], target = inv.arguments[1].text
        let bytes: [UInt8]
        switch kind.text {
        case "json":
            guard let l = s.lastListing else { throw ShellError("nothing to export yet: run a listing (claims, quotes, docs, ...) first") }
            bytes = Array(Renderer(settings: s.settings, width: nil, style: Style(enabled: false)).json(l.records, lines: false).utf8)
        case "analysis":
            bytes = AnalysisExport.encode(s.analysis, timeline: s.timeline)
        case "findings":
            let records = s.findings.map { f -> Record in
                var r = f.record
                r.fields.append((key: "note", value: .string(f.note)))
                return r
            }
            bytes = Array(Renderer(settings: s.settings, width: nil, style: Style(enabled: false)).json(records, lines: false).utf8)
        case "timeline":
            bytes = Array(TimelineHTML.render(s.analysis, timeline: s.timeline).utf8)
        default:
            var msg = "unknown export '\(kind.text)'"
            if let n = Suggest.nearest(kind.text, in: kinds) { msg += "; did you mean '\(n)'?" }
            throw ShellError(msg + " (exports: json, analysis, findings, timeline)", offset: kind.offset)
        }
        if target == "-" {
            s.console.out(String(decoding: bytes, as: UTF8.self))
        } else {
            try AtomicFile.write(bytes, to: target)
            s.console.message("wrote \(target) (\(bytes.count) bytes)")
        }
    }

    static let keep = Command(
        name: "keep", synopsis: "keep [ID...]",
        summary: "Adds the last listing's results, or the given ids, to the findings basket.",
        details: "Items already in the basket are not added twice. `findings` lists the basket; `note ID TEXT` annotates an item.",
        examples: ["claims source:cbs hamas", "keep", "keep c5.3 q3.2"], arguments: .id
    ) { s, inv throws(ShellError) in
        var records: [Record] = []
        if inv.arguments.isEmpty {
            guard let l = s.lastListing else { throw ShellError("nothing to keep: run a listing first or give ids") }
            records = l.records
        } else {
            for t in inv.arguments {
                guard let r = Records.lookup(s.analysis, t.text) else {
                    throw ShellError("no document, claim, quote or time '\(t.text)'", offset: t.offset)
                }
                records.append(r)
            }
        }
        var added = 0
        for r in records {
            let id = r.id ?? (r["source"]?.text ?? "?")
            if s.findings.contains(where: { $0.id == id }) { continue }
            s.findings.append(Finding(id: id, record: r, note: nil))
            added += 1
        }
        s.console.message("kept \(added) item\(added == 1 ? "" : "s") (\(s.findings.count) in the basket)")
    }

    static let note = Command(
        name: "note", synopsis: "note ID TEXT",
        summary: "Attaches a note to an item in the findings basket (adding the item if needed).",
        details: "The note replaces any earlier note on the same item.",
        examples: ["note c5.3 CBS alone gives the troop figure"], arguments: .id
    ) { s, inv throws(ShellError) in
        guard let idTok = inv.arguments.first, inv.arguments.count >= 2 else { throw ShellError("usage: note ID TEXT") }
        let text = inv.arguments.dropFirst().map(\.text).joined(separator: " ")
        if let k = s.findings.firstIndex(where: { $0.id == idTok.text }) {
            s.findings[k].note = text
            return
        }
        guard let r = Records.lookup(s.analysis, idTok.text) else {
            throw ShellError("no document, claim, quote or time '\(idTok.text)'", offset: idTok.offset)
        }
        s.findings.append(Finding(id: r.id ?? idTok.text, record: r, note: text))
    }

    static let findings = Command(
        name: "findings", synopsis: "findings",
        summary: "Lists the findings basket with notes.",
        details: "`export findings FILE` writes it as JSON.",
        examples: ["findings"], arguments: .none
    ) { s, _ throws(ShellError) in
        let records = s.findings.map { f in
            Record([("id", .string(f.id)), ("source", .string(f.record["source"]?.text)),
                    ("note", .string(f.note)), ("text", .string(f.record["text"]?.text ?? f.record["title"]?.text))])
        }
        let listing = Listing(kind: "findings", columns: ["id", "source", "note", "text"], records: records,
                              noun: "finding")
        s.console.out(Renderer(settings: s.settings, width: s.width, style: s.style).render(listing))
    }
}
