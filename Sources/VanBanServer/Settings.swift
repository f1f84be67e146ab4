import VanBan
import VanBanLint

/// The editor's settings for vblint, from `initializationOptions` or
/// `workspace/didChangeConfiguration` (either bare or under a `vblint` key):
///
///     {"lang": "en", "select": ["VB1"], "ignore": ["VB501"],
///      "severity": {"VB104": "error"}, "regime": "nd30", "assumeDocument": false}
///
/// Unknown keys and mistyped values are ignored (a setting must never stop
/// the server).
public struct ServerSettings: Sendable, Equatable {
    /// nil: from the client's `locale` ("en…" → English, else Vietnamese).
    public var lang: MessageLanguage?
    public var select: [String] = []
    public var ignore: [String] = []
    public var severities: [String: Severity] = [:]
    public var regime: Regime?
    public var assumeDocument = false

    public init() {}

    /// Reads settings; `base` supplies the values of absent keys.
    public static func from(_ json: JSONValue?, base: ServerSettings = ServerSettings()) -> ServerSettings {
        var s = base
        guard var v = json, case .object = v else { return s }
        if let inner = v["vblint"], case .object = inner { v = inner }
        if let l = v["lang"]?.stringValue { s.lang = MessageLanguage(rawValue: l.lowercased()) }
        if let a = v["select"] { s.select = strings(a) }
        if let a = v["ignore"] { s.ignore = strings(a) }
        if let o = v["severity"]?.objectValue ?? v["severities"]?.objectValue {
            s.severities = [:]
            for (k, x) in o { if let sev = x.stringValue.flatMap({ Severity(rawValue: $0.lowercased()) }) { s.severities[k] = sev } }
        }
        if let r = v["regime"] { s.regime = r.stringValue.flatMap { Regime(rawValue: $0.lowercased()) } }
        if let b = v["assumeDocument"]?.boolValue { s.assumeDocument = b }
        return s
    }

    private static func strings(_ v: JSONValue) -> [String] {
        if let s = v.stringValue { return [s] }
        return (v.arrayValue ?? []).compactMap(\.stringValue)
    }

    public var lintOptions: LintOptions { applied(to: LintOptions()) }

    /// `base` (a `.vblint.json`'s options) with the editor's settings on
    /// top, as the command line goes over the file in the CLI: `select`
    /// replaces, `ignore` adds, severities and the regime override.
    public func applied(to base: LintOptions) -> LintOptions {
        var o = base
        if !select.isEmpty { o.select = select }
        o.ignore += ignore
        o.severities.merge(severities) { $1 }
        if let r = regime { o.regime = r }
        o.parse = ParseOptions(assumeDocument: assumeDocument)
        return o
    }
}
