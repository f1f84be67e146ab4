import VanBan
import VanBanLint

/// An open text document: the editor's buffer (never the file on disk).
final class OpenDocument {
    let uri: String
    let languageId: String
    /// The file's path for a `file:` URI (configuration lookup, workspace index).
    let path: String?
    var version: Int
    private(set) var source: SourceText
    /// Changes on every edit; unique across documents (see `DocumentStore`).
    private(set) var generation: Int
    /// Changes when the text does (a change may leave it as it was).
    private var revision = 0
    private var cached: (key: CacheKey, result: LintResult)?
    /// The document model on this text (`LintResult.model`), kept while the
    /// text and settings stay.
    private var cachedModel: (key: CacheKey, document: Document)?
    /// The last semantic tokens sent, for `semanticTokens/full/delta`
    /// (kept across edits: a delta is from the previous text's tokens).
    var semanticTokens: (id: String, data: [Int])?
    /// Push mode: diagnostics of this generation still to be sent.
    var needsPublish = true
    /// Size of the last diagnostics message sent, to size the next one's buffer.
    var publishedSize = 0
    /// What the last lint kept for the next one (`LintMemory`), for a large
    /// buffer only: a small one lints in a few milliseconds anyway, and
    /// the memory would hold a second copy of its words.
    private var lintMemory: LintMemory?
    static let lintMemoryThreshold = 64 * 1024

    init(uri: String, languageId: String, version: Int, text: [UInt8], generation: Int) {
        self.uri = uri
        self.languageId = languageId
        self.path = FileURI.path(uri)
        self.version = version
        self.source = SourceText(validUTF8: text)
        self.generation = generation
    }

    /// Replaces the whole text.
    func replaceAll(_ text: [UInt8], generation g: Int) {
        if text == source.bytes { return unchanged(generation: g) }
        replace(with: SourceText(validUTF8: text), generation: g)
    }

    /// Applies one ranged change given in `unit` positions: the text is
    /// spliced and its line index updated, not rebuilt.
    func apply(range: (LineColumn, LineColumn), text: [UInt8], unit: ColumnUnit, generation g: Int) {
        let r = PositionMapper(source: source, unit: unit).byteRange(range)
        if r.end - r.start == text.count && source.bytes[r.start..<r.end].elementsEqual(text) { return unchanged(generation: g) }
        replace(with: source.replacing(r, with: text), generation: g)
    }

    /// A change that leaves the text as it was (a client sending the whole
    /// text again, a replacement by the same characters): a new generation
    /// and new diagnostics as after any change, from the lint of the same
    /// text (the linter is pure: same text and options, same result).
    private func unchanged(generation g: Int) {
        generation = g
        needsPublish = true
    }

    private func replace(with new: SourceText, generation g: Int) {
        // The old result is stale: free it (and the old text it holds)
        // before the next lint builds a new one, so that a large document
        // is never in memory twice.
        cached = nil
        cachedModel = nil
        source = new
        revision += 1
        generation = g
        needsPublish = true
    }

    /// Lint result for the current text and settings, computed at most once.
    func lint(settingsKey: Int, options: () -> LintOptions) -> LintResult {
        let key = CacheKey(revision: revision, settingsKey: settingsKey)
        if let c = cached, c.key == key { return c.result }
        cached = nil
        if source.bytes.count >= Self.lintMemoryThreshold {
            if lintMemory == nil { lintMemory = LintMemory() }
        } else {
            lintMemory = nil
        }
        let r = Linter.lint(source, options: options(), memory: lintMemory)
        cached = (key, r)
        return r
    }

    /// The document model for the current text and settings, made at most
    /// once (a decomposed text's model is mapped back from its NFC form).
    func model(settingsKey: Int, options: () -> LintOptions) -> Document {
        let key = CacheKey(revision: revision, settingsKey: settingsKey)
        if let m = cachedModel, m.key == key { return m.document }
        let d = lint(settingsKey: settingsKey, options: options).model
        cachedModel = (key, d)
        return d
    }

    /// What a cached result was made from: the text and the settings.
    struct CacheKey: Equatable {
        var revision: Int
        var settingsKey: Int
    }

    /// The `resultId` of pull diagnostics for the current text and settings.
    func resultId(settingsKey: Int) -> String { "\(generation).\(settingsKey)" }
}

/// The language identifiers the server lints.
enum Languages {
    static let supported: Set<String> = ["vanban", "plaintext", "markdown", "text"]
}
