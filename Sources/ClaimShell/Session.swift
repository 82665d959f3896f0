import ClaimKit
#if canImport(Glibc)
import Glibc
#endif

/// A kept finding: a claim, quote, time or document, with the analyst's note.
public struct Finding: Sendable {
    /// The item's id.
    public var id: String
    /// The item as exported.
    public var record: Record
    /// The analyst's note, if any.
    public var note: String?
}

/// The shell's state: the corpus and its analysis, settings, the last listing, the basket.
public final class Session {
    /// Where output goes.
    public let console: Console
    /// Output settings.
    public var settings = Settings()
    /// The current analysis.
    public private(set) var analysis: Analysis
    /// The query index over it.
    public private(set) var query: Query
    /// The paths the corpus was loaded from.
    public private(set) var paths: [String]
    /// The last listing's results, for `export json` and `keep`.
    public var lastListing: Listing?
    /// The findings basket.
    public var findings: [Finding] = []
    /// Lines entered this session (interactive history).
    public var history: [String] = []
    /// Whether the session reads from a terminal.
    public var isInteractive: Bool
    /// Set by the SIGINT handler; long commands check it and stop.
    public var interrupted: () -> Bool = { false }
    /// The timeline, built on first use and kept until the corpus changes.
    public var timeline: [TimelineEntry] {
        if let t = cachedTimeline { return t }
        let t = analysis.timeline
        cachedTimeline = t
        return t
    }
    private var cachedTimeline: [TimelineEntry]? = nil
    /// Script files being read, to refuse `read` loops.
    var readStack: [String] = []

    /// Creates a session on an already-analysed corpus.
    public init(analysis: Analysis, paths: [String], console: Console, isInteractive: Bool = false) {
        self.analysis = analysis
        self.query = Query(analysis)
        self.paths = paths
        self.console = console
        self.isInteractive = isInteractive
    }

    /// Loads and analyses paths (or the given corpus) and makes them current.
    /// Load problems are reported on standard error; returns false when nothing loaded.
    @discardableResult
    public func load(_ paths: [String], corpus given: Corpus? = nil) -> Bool {
        let corpus = given ?? Session.loadCorpus(paths, console: console, interrupted: interrupted)
        Session.report(corpus.issues, console: console)
        guard !corpus.documents.isEmpty, !corpus.interrupted else { return false }
        let a = Session.analyse(corpus, console: console)
        analysis = a
        query = Query(a)
        self.paths = paths
        lastListing = nil
        cachedTimeline = nil
        return true
    }

    /// Reads the paths, with a progress line on a terminal when it takes over half a second.
    /// `interrupted` is polled so Ctrl-C stops a long load.
    public static func loadCorpus(_ paths: [String], console: Console, interrupted: @escaping () -> Bool = { false }) -> Corpus {
        let start = Clock.now
        let showProgress = console.errIsTerminal
        let stop = UnsafeSendableBox(interrupted)
        let progress: CorpusLoader.Progress = { @Sendable (done: Int, total: Int) -> Bool in
            if showProgress, Clock.now - start > 0.5, done < total {
                Console.write(2, "\rloading \(done)/\(total) files…")
            }
            return !stop.value()
        }
        let corpus = CorpusLoader().load(paths, progress: progress)
        if showProgress, Clock.now - start > 0.5 { Console.write(2, "\r\u{1B}[K") }
        return corpus
    }

    /// Analyses a corpus, saying so on a terminal when it is large.
    public static func analyse(_ corpus: Corpus, console: Console) -> Analysis {
        let large = console.errIsTerminal && corpus.byteCount > 4_000_000
        if large { Console.write(2, "analysing \(corpus.documents.count) documents…") }
        let a = Analysis(corpus: corpus)
        if large { Console.write(2, "\r\u{1B}[K") }
        return a
    }

    /// Writes load problems to standard error, one line each.
    public static func report(_ issues: [LoadIssue], console: Console) {
        for i in issues { console.message(i.description) }
    }

    /// Colours for standard output.
    public var style: Style { style(terminal: console.outIsTerminal) }

    /// Colours for standard error.
    public var errorStyle: Style { style(terminal: console.errIsTerminal) }

    /// Colours as the `color` setting says, `auto` meaning on for a terminal unless NO_COLOR is set.
    private func style(terminal: Bool) -> Style {
        switch settings.color {
        case .on: return Style(enabled: true)
        case .off: return Style(enabled: false)
        case .auto: return Style(enabled: terminal && getenv("NO_COLOR") == nil)
        }
    }

    /// The width tables fit, if any applies.
    public var width: Int? { settings.width ?? console.terminalWidth }

    /// Shows a listing and remembers it as the last results.
    public func show(_ listing: Listing) {
        lastListing = listing
        console.out(Renderer(settings: settings, width: width, style: style).render(listing))
    }

    /// Throws if the analyst pressed Ctrl-C.
    public func checkInterrupt() throws(ShellError) {
        if interrupted() { throw ShellError("interrupted") }
    }
}

/// Carries a non-Sendable closure into a @Sendable one; only ever called on the thread that made it.
struct UnsafeSendableBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// Seconds on a monotonic clock.
enum Clock {
    static var now: Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
