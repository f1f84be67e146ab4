import VanBan

public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case hint, info, warning, error

    public var rank: Int {
        switch self {
        case .hint: return 0
        case .info: return 1
        case .warning: return 2
        case .error: return 3
        }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// The language of user-facing messages. Vietnamese by default.
public enum MessageLanguage: String, Sendable, CaseIterable {
    case vi, en
}

/// A message in both languages. Every user-facing string a rule produces is
/// one of these, so `--lang en` and the editor's locale can pick.
public struct LocalizedText: Sendable, Equatable, ExpressibleByStringLiteral {
    /// The two texts, or how to write either (`init(deferred:)`).
    private var storage: Storage

    private enum Storage: Sendable {
        case written(vi: String, en: String)
        case deferred(@Sendable (MessageLanguage) -> String)
    }

    public var vi: String {
        get { text(.vi) }
        set { storage = .written(vi: newValue, en: en) }
    }
    public var en: String {
        get { text(.en) }
        set { storage = .written(vi: vi, en: newValue) }
    }

    public init(vi: String, en: String) { storage = .written(vi: vi, en: en) }
    /// The same text in both languages (for literals such as codes).
    public init(stringLiteral value: String) { storage = .written(vi: value, en: value) }
    /// A text written only when read, in the language read: a rule whose
    /// findings are many builds no message that is never shown (a run
    /// that counts findings reads none, a report reads one language).
    /// `write` must give the same text on every call: it may capture only
    /// values (never the `RuleContext`, which holds the findings).
    public init(deferred write: @escaping @Sendable (MessageLanguage) -> String) { storage = .deferred(write) }

    public func text(_ lang: MessageLanguage) -> String {
        switch storage {
        case .written(let vi, let en): return lang == .vi ? vi : en
        case .deferred(let write): return write(lang)
        }
    }

    public static func == (a: LocalizedText, b: LocalizedText) -> Bool { a.vi == b.vi && a.en == b.en }
}

/// A replacement of a byte range of the source text.
public struct TextEdit: Sendable, Equatable, Hashable {
    public var range: TextRange
    public var replacement: String
    public init(range: TextRange, replacement: String) { self.range = range; self.replacement = replacement }
}

public enum FixSafety: String, Sendable, Codable {
    /// Applied by `--fix` and by fix-on-save: cannot change meaning.
    case safe
    /// Offered, applied only on request (`--unsafe-fixes`, a quick fix).
    case unsafe
}

public struct Fix: Sendable, Equatable {
    public var title: LocalizedText
    public var edits: [TextEdit]
    public var safety: FixSafety
    public init(title: LocalizedText, edits: [TextEdit], safety: FixSafety) {
        self.title = title; self.edits = edits; self.safety = safety
    }
}

/// A second place that explains a finding (the earlier conflicting citation).
public struct RelatedLocation: Sendable, Equatable {
    public var range: TextRange
    public var message: LocalizedText
    public init(range: TextRange, message: LocalizedText) { self.range = range; self.message = message }
}

public enum DiagnosticTag: String, Sendable {
    case unnecessary, deprecated
}

/// One finding of one rule at one place.
public struct Diagnostic: Sendable, Equatable {
    /// `VB104`
    public var code: String
    /// `luu-vt-format`
    public var name: String
    public var severity: Severity
    public var range: TextRange
    public var message: LocalizedText
    public var fixes: [Fix]
    public var related: [RelatedLocation]
    public var tags: [DiagnosticTag]

    public init(code: String, name: String, severity: Severity, range: TextRange, message: LocalizedText,
                fixes: [Fix] = [], related: [RelatedLocation] = [], tags: [DiagnosticTag] = []) {
        self.code = code; self.name = name; self.severity = severity; self.range = range
        self.message = message; self.fixes = fixes; self.related = related; self.tags = tags
    }

    public var isFixable: Bool { !fixes.isEmpty }
    public var hasSafeFix: Bool { fixes.contains { $0.safety == .safe } }
}
