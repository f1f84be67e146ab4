import VanBan

/// The set of regulations a document is judged by (rules.md §1, §11).
public enum Regime: String, Sendable, CaseIterable, Codable {
    /// Administrative documents dated from 05/3/2020: Nghị định 30/2020/NĐ-CP.
    case nd30
    /// Administrative documents dated 05/3/2011–04/3/2020: Thông tư 01/2011/TT-BNV.
    case tt01
    /// Legal normative documents (văn bản quy phạm pháp luật): Luật 80/2015,
    /// NĐ 34/2016 (NĐ 154/2020), from 01/4/2025 Luật 64/2025 and NĐ 78/2025.
    case qppl

    public var title: LocalizedText {
        switch self {
        case .nd30: return LocalizedText(vi: "Nghị định 30/2020/NĐ-CP", en: "Decree 30/2020/NĐ-CP")
        case .tt01: return LocalizedText(vi: "Thông tư 01/2011/TT-BNV", en: "Circular 01/2011/TT-BNV")
        case .qppl: return LocalizedText(vi: "quy định về văn bản quy phạm pháp luật (Luật 80/2015/QH13, Luật 64/2025/QH15)",
                                         en: "rules for legal normative documents (Law 80/2015/QH13, Law 64/2025/QH15)")
        }
    }

    public static let all: Set<Regime> = Set(Regime.allCases)
    public static let administrative: Set<Regime> = [.nd30, .tt01]

    /// Picks the regime from the document's number, kind and date.
    public static func select(for document: Document) -> Regime {
        if document.kind.isNormativeByNature { return .qppl }
        // A year in the number marks a legal normative document, unless the
        // type can only be administrative (a công văn with a year is a
        // defect, VB110, judged under the administrative rules).
        if let n = document.header.number?.number, n.year != nil, !n.isPartyStyle, !document.kind.isAdministrativeOnly { return .qppl }
        let day: SimpleDate?
        if let d = document.date { day = d }
        else if let y = document.header.placeDate?.year.flatMap({ Int($0.text) }) { day = SimpleDate(year: y, month: 12, day: 31) }
        else { day = nil }
        if let d = day, d < SimpleDate(year: 2020, month: 3, day: 5)! { return .tt01 }
        return .nd30
    }
}

/// A right or wrong example in a rule's documentation. Examples run as
/// tests: a wrong example must produce exactly `violations` findings of the
/// rule, a right one none; when `fixed` is given, applying the rule's fixes
/// (safe and unsafe) must give that text.
public struct RuleExample: Sendable {
    public var text: String
    public var violations: Int
    public var fixed: String?
    /// The regime the example is judged under (nil: as selected by the document).
    public var regime: Regime?
    public init(_ text: String, violations: Int = 0, fixed: String? = nil, regime: Regime? = nil) {
        self.text = text; self.violations = violations; self.fixed = fixed; self.regime = regime
    }
}

/// Everything a user can learn about a rule: `vblint rules` lists it,
/// `vblint explain` prints it, SARIF and LSP link to it.
public struct RuleMetadata: Sendable {
    /// `VB104`
    public var code: String
    /// kebab-case, `luu-vt-format`
    public var name: String
    public var severity: Severity
    public var regimes: Set<Regime>
    /// Whether the rule runs on text that is not an official document
    /// (language, encoding and citation rules do; header rules do not).
    public var appliesToNonDocuments: Bool
    /// The exact legal source: "NĐ 30/2020 Phụ lục I, mục II.9.d".
    public var source: String
    public var summary: LocalizedText
    /// What it checks, why, and what the fix does (Markdown).
    public var explanation: LocalizedText
    public var fixSafety: FixSafety?
    /// Wrong examples (violations > 0).
    public var triggering: [RuleExample]
    /// Right examples.
    public var nonTriggering: [RuleExample]

    public init(code: String, name: String, severity: Severity, regimes: Set<Regime> = Regime.all,
                appliesToNonDocuments: Bool = false, source: String, summary: LocalizedText,
                explanation: LocalizedText, fixSafety: FixSafety? = nil,
                triggering: [RuleExample] = [], nonTriggering: [RuleExample] = []) {
        self.code = code; self.name = name; self.severity = severity; self.regimes = regimes
        self.appliesToNonDocuments = appliesToNonDocuments; self.source = source; self.summary = summary
        self.explanation = explanation; self.fixSafety = fixSafety
        self.triggering = triggering; self.nonTriggering = nonTriggering
    }

    /// The documentation page of the rule.
    public var documentationURL: String { "https://vblint.dev/rules/\(code)" }
}

/// One checkable rule. A rule reads the document model and reports through
/// the context; it never touches files, the network or the clock.
public protocol Rule: Sendable {
    static var metadata: RuleMetadata { get }
    init()
    func check(_ context: RuleContext)
}

extension Rule {
    public var metadata: RuleMetadata { Self.metadata }
}

/// What a rule sees: the document, the regime, shared analyses, and a sink
/// for findings. Findings are stamped with the rule's code, name and
/// configured severity.
public final class RuleContext: @unchecked Sendable {
    public let document: Document
    public let regime: Regime
    public let analysis: SharedAnalysis
    /// The running rule, by its index in `RuleRegistry.infos` (findings
    /// are stamped with its code and name).
    var current: Int?
    var currentSeverity: Severity = .warning
    var sink: [Diagnostic] = []

    init(document: Document, regime: Regime, analysis: SharedAnalysis) {
        self.document = document
        self.regime = regime
        self.analysis = analysis
    }

    public var source: SourceText { document.source }
    public var clean: [UInt8] { document.clean }

    /// Reports a finding of the running rule.
    public func report(_ range: TextRange, _ message: LocalizedText, fixes: [Fix] = [],
                       related: [RelatedLocation] = [], tags: [DiagnosticTag] = [], severity: Severity? = nil) {
        guard let k = current else { return }
        let m = RuleRegistry.infos[k]
        var sev = currentSeverity
        // A rule may lower (never raise above its configured level) the
        // severity of one finding, e.g. a low-confidence variant.
        if let s = severity, s < sev { sev = s }
        sink.append(Diagnostic(code: m.code, name: m.name, severity: sev, range: range, message: message,
                               fixes: fixes, related: related, tags: tags))
    }

    /// A one-edit fix.
    public func fix(_ range: TextRange, _ replacement: String, _ title: LocalizedText, safety: FixSafety = .safe) -> Fix {
        Fix(title: title, edits: [TextEdit(range: range, replacement: replacement)], safety: safety)
    }
}

extension DocumentKind {
    /// Types that are never legal normative documents (NĐ 30/2020 Điều 7;
    /// quyết định, nghị quyết and chỉ thị can be either).
    public var isAdministrativeOnly: Bool {
        switch self {
        case .quyetDinh, .nghiQuyet, .chiThi, .unknown, .luat, .boLuat, .phapLenh, .nghiDinh, .thongTu, .thongTuLienTich, .nghiQuyetLienTich: return false
        default: return true
        }
    }
}
