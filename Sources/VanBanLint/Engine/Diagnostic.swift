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
    public var vi: String
    public var en: String
    public init(vi: String, en: String) { self.vi = vi; self.en = en }
    /// The same text in both languages (for literals such as codes).
    public init(stringLiteral value: String) { vi = value; en = value }
    public func text(_ lang: MessageLanguage) -> String { lang == .vi ? vi : en }
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
