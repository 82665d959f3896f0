#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin POSIX file access: reading a whole file into bytes and listing folders.
/// Foundation's `FileManager` costs several times more per file on a 20,000-file corpus.
enum FileSystem {
    /// What a path names.
    enum Kind { case file, directory, missing, other }

    /// What `path` names, following symbolic links.
    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Reads the whole file, or returns an error message.
    static func read(_ path: String) -> Result<[UInt8], LoadIssue> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            return .failure(LoadIssue(path: path, message: "cannot open: \(errnoText())"))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            return .failure(LoadIssue(path: path, message: "cannot stat: \(errnoText())"))
        }
        var capacity = max(Int(st.st_size), 0)
        var bytes = [UInt8](repeating: 0, count: capacity)
        var filled = 0
        while true {
            if filled == capacity {
                capacity = max(capacity * 2, 4096)
                bytes.append(contentsOf: repeatElement(0, count: capacity - bytes.count))
            }
            let n = bytes.withUnsafeMutableBytes { buf -> Int in
                guard let base = buf.baseAddress else { return 0 }
                return Glibc.read(fd, base + filled, capacity - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(LoadIssue(path: path, message: "cannot read: \(errnoText())"))
            }
            if n == 0 { break }
            filled += n
        }
        if filled < bytes.count { bytes.removeSubrange(filled...) }
        return .success(bytes)
    }

    /// The entries of a folder (names only, without `.` and `..`), sorted, or nil if unreadable.
    static func list(_ path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        return names.sorted()
    }

    /// Joins a folder and a name with one slash.
    static func join(_ dir: String, _ name: String) -> String {
        if dir.isEmpty { return name }
        return dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
