/// Loads folders (recursively) and files into a `Corpus`.
///
/// A folder's `corpus.json`, when present, gives each listed file's outlet, date, URL and title.
/// Problems never stop a load: each becomes a `LoadIssue` naming the file, and the rest load.
public struct CorpusLoader: Sendable {
    /// Called now and then with (files read, files to read); returning false stops the load
    /// (the files read so far are kept and an issue says the load was interrupted).
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Bool

    /// The name of the optional manifest at a corpus root.
    public static let manifestName = "corpus.json"

    /// Creates a loader.
    public init() {}

    /// Loads every path given, in order.
    public func load(_ paths: [String], progress: Progress? = nil) -> Corpus {
        var corpus = Corpus(roots: paths)
        var jobs: [(root: String, rel: String, manifest: Manifest?)] = []
        for path in paths {
            switch FileSystem.kind(path) {
            case .missing:
                corpus.issues.append(LoadIssue(path: path, message: "no such file or folder"))
            case .other:
                corpus.issues.append(LoadIssue(path: path, message: "not a regular file or folder"))
            case .directory:
                let manifest = loadManifest(root: path, into: &corpus)
                var files: [String] = []
                var skipped = 0
                collect(root: path, rel: "", into: &files, skipped: &skipped)
                if files.isEmpty {
                    let why = skipped > 0 ? "no .txt articles (\(skipped) other file\(skipped == 1 ? "" : "s") ignored)" : "empty folder: no .txt articles"
                    corpus.issues.append(LoadIssue(path: path, message: why))
                }
                if let manifest {
                    let present = Set(files)
                    for file in manifest.order where !present.contains(file) {
                        corpus.issues.append(LoadIssue(path: FileSystem.join(path, Self.manifestName),
                            message: "lists \(file), which is not in the folder", severity: .warning))
                    }
                    if corpus.name == nil { corpus.name = manifest.name }
                }
                jobs += files.map { (path, $0, manifest) }
            case .file:
                let (dir, base) = Self.split(path)
                var manifest: Manifest? = nil
                if FileSystem.kind(FileSystem.join(dir.isEmpty ? "." : dir, Self.manifestName)) == .file {
                    manifest = loadManifest(root: dir.isEmpty ? "." : dir, into: &corpus)
                }
                jobs.append((dir, base, manifest))
            }
        }
        var seen = Set<String>()
        var openRoot: (path: String, fd: Int32)? = nil
        defer { if let r = openRoot { FileSystem.closeDirectory(r.fd) } }
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 16)
        defer { scratch.deallocate() }
        for (i, job) in jobs.enumerated() {
            if let progress, i % 256 == 0, !progress(i, jobs.count) {
                corpus.issues.append(LoadIssue(path: paths.joined(separator: " "),
                    message: "load interrupted after \(i) of \(jobs.count) files"))
                corpus.interrupted = true
                return corpus
            }
            let full = job.root.isEmpty ? job.rel : FileSystem.join(job.root, job.rel)
            if openRoot?.path != job.root {
                if let r = openRoot { FileSystem.closeDirectory(r.fd) }
                openRoot = (job.root, FileSystem.openDirectory(job.root))
            }
            let dirFD = openRoot?.fd ?? -1
            let result = dirFD >= 0 ? FileSystem.read(job.rel, relativeTo: dirFD, shownAs: full, scratch: scratch)
                : FileSystem.read(full)
            switch result {
            case .failure(let issue): corpus.issues.append(issue)
            case .success(let bytes):
                add(bytes, rel: job.rel, path: full, root: job.root, manifest: job.manifest, seen: &seen, to: &corpus)
            }
        }
        _ = progress?(jobs.count, jobs.count)
        return corpus
    }

    /// Builds a corpus from files held in memory (the sample bundled into the binary).
    public func load(files: [(file: String, bytes: [UInt8])], manifest: [UInt8]?, root: String) -> Corpus {
        var corpus = Corpus(roots: [root])
        var parsed: Manifest? = nil
        if let manifest {
            switch Manifest.parse(manifest, path: FileSystem.join(root, Self.manifestName)) {
            case .failure(let issue): corpus.issues.append(issue)
            case .success(let (m, issues)): parsed = m; corpus.issues += issues; corpus.name = m.name
            }
        }
        var seen = Set<String>()
        for f in files {
            add(f.bytes, rel: f.file, path: FileSystem.join(root, f.file), root: root, manifest: parsed, seen: &seen, to: &corpus)
        }
        return corpus
    }

    /// Checks one file's bytes and adds it as a document, or records why not.
    private func add(_ bytes: [UInt8], rel: String, path full: String, root: String, manifest: Manifest?,
                     seen: inout Set<String>, to corpus: inout Corpus) {
        if bytes.isEmpty {
            corpus.issues.append(LoadIssue(path: full, message: "empty file (0 bytes); skipped"))
            return
        }
        if let bad = UTF8Check.firstInvalidByte(bytes) {
            corpus.issues.append(LoadIssue(path: full, line: UTF8Check.line(of: bad, in: bytes), byte: bad,
                message: "not valid UTF-8; skipped (convert it with iconv first)"))
            return
        }
        if let nul = UTF8Check.firstNUL(bytes) {
            corpus.issues.append(LoadIssue(path: full, byte: nul, message: "binary file (NUL byte); skipped"))
            return
        }
        var id = rel.hasSuffix(".txt") ? String(rel.dropLast(4)) : rel
        if seen.contains(id) {
            id = Self.split(root).1 + "/" + id
            var n = 2
            let base = id
            while seen.contains(id) { id = "\(base)~\(n)"; n += 1 }
        }
        seen.insert(id)
        var doc = Document(id: id, file: rel, path: full, bytes: bytes)
        if let entry = manifest?.entries[rel] {
            if let s = entry.source, !s.isEmpty { doc.source = s; doc.sourceBasis = .manifest }
            doc.url = entry.url
            if let p = entry.published, !p.isEmpty { doc.published = p; doc.publishedBasis = .manifest }
            doc.title = entry.title
        }
        if doc.title == nil { doc.title = Self.firstLine(bytes) }
        corpus.documents.append(doc)
    }

    private func loadManifest(root: String, into corpus: inout Corpus) -> Manifest? {
        let path = FileSystem.join(root, Self.manifestName)
        guard FileSystem.kind(path) == .file else { return nil }
        switch FileSystem.read(path) {
        case .failure(let issue):
            corpus.issues.append(issue)
            return nil
        case .success(let bytes):
            switch Manifest.parse(bytes, path: path) {
            case .failure(let issue):
                corpus.issues.append(issue)
                return nil
            case .success(let (manifest, issues)):
                corpus.issues += issues
                return manifest
            }
        }
    }

    private func collect(root: String, rel: String, into files: inout [String], skipped: inout Int) {
        let dir = rel.isEmpty ? root : FileSystem.join(root, rel)
        guard let entries = FileSystem.list(dir) else { return }
        for (name, kind) in entries where !name.hasPrefix(".") {
            let childRel = rel.isEmpty ? name : rel + "/" + name
            switch kind {
            case .directory: collect(root: root, rel: childRel, into: &files, skipped: &skipped)
            case .file:
                if name.hasSuffix(".txt") { files.append(childRel) } else if name != Self.manifestName { skipped += 1 }
            default: break
            }
        }
    }

    static func split(_ path: String) -> (String, String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// The first non-empty line, trimmed; cut at a word before 120 bytes with "…"; nil if none.
    static func firstLine(_ bytes: [UInt8]) -> String? {
        var i = 0
        while i < bytes.count {
            var j = i
            while j < bytes.count, bytes[j] != 10 { j += 1 }
            let span = Bytes.trim(bytes, ByteSpan(i, j))
            if !span.isEmpty {
                guard span.count > 120 else { return String(decoding: bytes[span.start..<span.end], as: UTF8.self) }
                var end = span.start + 120
                while end > span.start + 60, !Bytes.isSpace(bytes[end]) { end -= 1 }
                end = Bytes.utf8Boundary(bytes, atOrBefore: end)
                return String(decoding: bytes[span.start..<end], as: UTF8.self) + "…"
            }
            i = j + 1
        }
        return nil
    }
}
