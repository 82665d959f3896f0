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
        read(path, relativeTo: AT_FDCWD, shownAs: path)
    }

    /// Reads the whole file at `path`, resolved against the open folder `dirFD` (so a corpus of
    /// thousands of files pays for the folder's path lookup once), or returns an error message.
    static func read(_ path: String, relativeTo dirFD: Int32, shownAs shown: String,
                     scratch: UnsafeMutableRawBufferPointer? = nil) -> Result<[UInt8], LoadIssue> {
        let fd = openat(dirFD, path, O_RDONLY)
        guard fd >= 0 else {
            return .failure(LoadIssue(path: shown, message: "cannot open: \(errnoText())"))
        }
        defer { close(fd) }
        if let scratch, let base = scratch.baseAddress {
            // A regular file (the loader reads no other kind) that fits the scratch buffer comes
            // whole in one read — a short read of a regular file is its end — so there is no
            // fstat and no read that finds the end: three system calls a file, one exact copy.
            var n = -1
            while n < 0 {
                n = Glibc.read(fd, base, scratch.count)
                if n < 0 && errno != EINTR { return .failure(LoadIssue(path: shown, message: "cannot read: \(errnoText())")) }
            }
            var bytes = [UInt8](UnsafeRawBufferPointer(start: base, count: n))
            guard n == scratch.count else { return .success(bytes) }
            if let failure = readRest(fd, into: &bytes, buffer: scratch, shownAs: shown) { return .failure(failure) }
            return .success(bytes)
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            return .failure(LoadIssue(path: shown, message: "cannot stat: \(errnoText())"))
        }
        let size = max(Int(st.st_size), 0)
        let isRegular = (st.st_mode & S_IFMT) == S_IFREG
        var failure: LoadIssue? = nil
        // Read straight into the array's storage: no zero-filling, no second copy.
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buf, count in
            var filled = 0
            while filled < buf.count {
                guard let base = buf.baseAddress else { break }
                let n = Glibc.read(fd, base + filled, buf.count - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = LoadIssue(path: shown, message: "cannot read: \(errnoText())")
                    break
                }
                if n == 0 { break }
                filled += n
                // A regular file read to its size is whole: skip the read that would find the end.
                if filled == size, isRegular { break }
            }
            count = filled
        }
        if let failure { return .failure(failure) }
        if bytes.count > size {
            // The file grew while being read (or is not a regular file): read the rest.
            let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 65536, alignment: 16)
            defer { chunk.deallocate() }
            if let failure = readRest(fd, into: &bytes, buffer: chunk, shownAs: shown) { return .failure(failure) }
        }
        return .success(bytes)
    }

    /// Appends what is left of `fd` to `bytes` through `buffer`, retrying interrupted reads.
    private static func readRest(_ fd: Int32, into bytes: inout [UInt8], buffer: UnsafeMutableRawBufferPointer,
                                 shownAs shown: String) -> LoadIssue? {
        guard let base = buffer.baseAddress else { return nil }
        while true {
            let n = Glibc.read(fd, base, buffer.count)
            if n < 0 { if errno == EINTR { continue }; return LoadIssue(path: shown, message: "cannot read: \(errnoText())") }
            if n == 0 { return nil }
            bytes += UnsafeRawBufferPointer(start: base, count: n)
        }
    }

    /// Opens a folder for `read(_:relativeTo:shownAs:)`; -1 if it cannot be opened.
    static func openDirectory(_ path: String) -> Int32 {
        open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY)
    }

    /// Closes a folder opened by `openDirectory`.
    static func closeDirectory(_ fd: Int32) {
        if fd >= 0 { close(fd) }
    }

    /// The entries of a folder (without `.` and `..`) with what each is, sorted by name, or nil
    /// if unreadable. The kind comes from the directory entry where the file system gives it.
    static func list(_ path: String) -> [(name: String, kind: Kind)]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var entries: [(name: String, kind: Kind)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let kind: Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            default: kind = Self.kind(join(path, name))
            }
            entries.append((name, kind))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// Joins a folder and a name with one slash.
    static func join(_ dir: String, _ name: String) -> String {
        if dir.isEmpty { return name }
        return dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
