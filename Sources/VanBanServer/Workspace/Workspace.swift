import VanBan
import VanBanLint

/// Header facts of one draft: what the workspace index answers with. Small
/// on purpose (a few strings per file): the text itself is not kept.
struct DraftInfo {
    /// `CitationResolver.numberKey` of the header number.
    var numberKey: String?
    /// The number as written (`12/2024/QĐ-UBND`).
    var number: String?
    var kind: DocumentKind
    /// Trích yếu, on one line.
    var title: String?
    /// Where a jump to the document lands: the `Số:` field (else the title,
    /// else the start), in the server's position unit.
    var target: (LineColumn, LineColumn)

    init(_ doc: Document, unit: ColumnUnit) {
        kind = doc.kind
        if let n = doc.header.number, !n.number.sequence.isEmpty {
            numberKey = CitationResolver.numberKey(n.number)
            number = n.number.normalized
        }
        title = doc.title?.subject.map { Outline.label(doc, $0.range, max: 200) }
        let r = doc.header.number?.range ?? doc.title?.subject?.range ?? TextRange(0, 0)
        target = (doc.source.position(of: r.start, unit: unit), doc.source.position(of: r.end, unit: unit))
    }
}

/// The workspace: its folders, the `.vblint.json` governing each document,
/// and a lazily built index of the drafts (`.txt`, `.md`) under the folders.
final class Workspace {
    /// At most this many drafts are indexed and linted.
    static let maxFiles = 2000
    /// Larger files are left out of the index and of workspace diagnostics.
    static let maxFileBytes = 4 << 20
    /// At most this many folders are walked (a workspace opened at `/` or
    /// at a home folder must not walk the whole disk).
    static let maxDirectories = 5000
    static let extensions = [".txt", ".md"]

    let fs = DiskFileSystem()
    private(set) var folders: [String] = []
    private(set) var resolver: ConfigResolver
    /// Configuration failures already shown to the user.
    private var reportedFailures = 0

    struct Draft {
        var path: String
        var uri: String
        var stamp: DiskFileSystem.Stamp
        /// nil until the draft is read.
        var info: DraftInfo?
    }
    /// Drafts on disk by path; nil until the first scan.
    private var drafts: [String: Draft]?
    /// Whether the client tells about file changes (watchers registered):
    /// then the tree is walked once, else at every use.
    var watching = false
    /// The last scan stopped at `maxFiles` or `maxDirectories`.
    private(set) var truncated = false
    /// Whether that was told (once).
    var truncationLogged = false

    init() { resolver = ConfigResolver(explicit: nil, fileSystem: DiskFileSystem()) }

    func setFolders(_ uris: [String]) {
        folders = []
        for u in uris {
            guard let p = FileURI.path(u) else { continue }
            let abs = PathNames.absolute(p, cwd: "/")
            if !folders.contains(abs) { folders.append(abs) }
        }
        drafts = nil
    }

    // MARK: Configuration

    /// Forgets every configuration read (a `.vblint.json` or catalog changed).
    func reloadConfiguration() {
        resolver = ConfigResolver(explicit: nil, fileSystem: fs)
        reportedFailures = 0
        drafts = nil
    }

    /// The configuration governing a document (nil: none, or invalid); a
    /// document without a path (untitled) takes the first folder's.
    func config(forPath path: String?) -> ResolvedConfig? {
        config(forDirectory: path.flatMap { PathNames.parent($0) } ?? folders.first)
    }

    func config(forDirectory dir: String?) -> ResolvedConfig? {
        guard let dir else { return nil }
        if case .success(let rc) = resolver.config(forDirectory: dir) { return rc }
        return nil
    }

    /// Configuration failures not yet shown.
    func takeNewFailures() -> [LocalizedText] {
        let f = resolver.failures
        guard f.count > reportedFailures else { return [] }
        defer { reportedFailures = f.count }
        return f[reportedFailures...].map(\.error)
    }

    // MARK: Drafts

    static func isDraft(_ path: String) -> Bool {
        let lower = path.lowercased()
        return extensions.contains { lower.hasSuffix($0) }
    }

    /// Every draft under the folders. The tree is walked again at every
    /// use unless the client reports file changes; even then the known
    /// drafts are checked (one `stat` each) so that no stale text is used.
    func allDrafts() -> [Draft] {
        if drafts == nil || !watching {
            scan()
        } else if let known = drafts {
            for (p, d) in known {
                let st = fs.stamp(p)
                if st == nil || st!.size > Self.maxFileBytes { drafts?[p] = nil } else if st != d.stamp { drafts?[p] = Draft(path: p, uri: d.uri, stamp: st!) }
            }
        }
        return drafts.map { $0.values.sorted { $0.path < $1.path } } ?? []
    }

    private func scan() {
        var found: [String: Draft] = [:]
        truncated = false
        var stack = folders.reversed().map { $0 }
        var seen = Set<String>()
        while let dir = stack.popLast() {
            guard seen.insert(dir).inserted else { continue }
            if seen.count > Self.maxDirectories { truncated = true; break }
            let rc = config(forDirectory: dir)
            var subdirs: [String] = []
            for (name, isDir) in fs.list(dir) {
                let p = PathNames.join(dir, name)
                if let rc, rc.ignores(p, isDirectory: isDir) { continue }
                if isDir { subdirs.append(p); continue }
                guard Self.isDraft(name), let st = fs.stamp(p), st.size <= Self.maxFileBytes else { continue }
                if found.count >= Self.maxFiles { truncated = true; break }
                // Keep what was read of an unchanged file.
                if let old = drafts?[p], old.stamp == st { found[p] = old; continue }
                found[p] = Draft(path: p, uri: FileURI.uri(p), stamp: st)
            }
            if truncated { break }
            stack += subdirs.reversed()
        }
        drafts = found
    }

    /// The header facts of a draft on disk, read and parsed at most once
    /// per version of the file.
    func info(_ d: Draft, unit: ColumnUnit) -> DraftInfo? {
        if let i = drafts?[d.path]?.info { return i }
        guard let src = read(d.path) else { return nil }
        let info = DraftInfo(Parser.parseNormalizing(src), unit: unit)
        drafts?[d.path]?.info = info
        return info
    }

    /// A draft's text, decoded (nil: unreadable, too large or binary).
    func read(_ path: String) -> SourceText? {
        guard let raw = try? fs.readFile(path, maxBytes: Self.maxFileBytes) else { return nil }
        return try? SourceText(decoding: raw)
    }

    /// `workspace/didChangeWatchedFiles`: 1 created, 2 changed, 3 deleted.
    /// Returns whether a configuration file (or a catalog) changed.
    func fileChanged(uri: String, type: Int) -> Bool {
        guard let path = FileURI.path(uri) else { return false }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name == ConfigResolver.fileName || resolver.isCatalog(path) {
            reloadConfiguration()
            return true
        }
        guard Self.isDraft(path), drafts != nil else { return false }
        if type == 3 {
            drafts?[path] = nil
        } else if let st = fs.stamp(path), st.size <= Self.maxFileBytes, folders.contains(where: { PathNames.relative(path, to: $0) != nil }) {
            if config(forPath: path)?.ignores(path, isDirectory: false) == true { return false }
            if drafts?[path] == nil && drafts!.count >= Self.maxFiles { return false }
            drafts?[path] = Draft(path: path, uri: FileURI.uri(path), stamp: st)
        } else {
            drafts?[path] = nil
        }
        return false
    }
}
