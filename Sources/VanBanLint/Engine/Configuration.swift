import VanBan

/// A `.vblint.json` file, parsed from its bytes. Pure: the CLI finds and
/// reads the file; this type only checks and interprets it.
///
///     {
///       "select": ["VB1", "VB501"],          // codes, names or prefixes; default: every rule
///       "ignore": ["unused-suppression"],
///       "severity": {"VB104": "error", "VB5": "info", "VB009": "off"},
///       "regime": "nd30",                    // nd30 | tt01 | qppl; default: from the document
///       "lang": "en",                        // vi | en
///       "ignorePaths": ["drafts/old/", "*.bak.md", "**/vendor/**"],
///       "catalogs": ["catalog/laws.json"],   // for the citations helper
///       "failOn": "error"                    // error | warning | info | hint
///     }
///
/// Unknown keys, unknown rules and wrong types are errors, never ignored.
public struct Configuration: Sendable, Equatable {
    /// `nil`: not set (every rule, unless the command line selects).
    public var select: [String]?
    public var ignore: [String] = []
    /// Severity per rule code, name or prefix (`off` is turned into `ignore`).
    public var severities: [String: Severity] = [:]
    public var regime: Regime?
    public var lang: MessageLanguage?
    /// Glob-ish patterns, relative to the configuration file's folder (see `PathPattern`).
    public var ignorePaths: [String] = []
    /// Paths of citation catalogs, relative to the configuration file's folder.
    public var catalogs: [String] = []
    public var failOn: Severity?

    public init() {}

    public static let keys = ["select", "ignore", "severity", "regime", "lang", "ignorePaths", "catalogs", "failOn"]

    /// Every problem found in a configuration, with the byte offset of the
    /// JSON syntax error if there is one.
    public struct Error: Swift.Error, Sendable, Equatable {
        public var problems: [LocalizedText]
        public var offset: Int?
        public func text(_ lang: MessageLanguage) -> String { problems.map { $0.text(lang) }.joined(separator: "; ") }
    }

    /// Parses and checks the bytes of a `.vblint.json`.
    public static func parse(_ bytes: [UInt8]) throws(Error) -> Configuration {
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch {
            throw Error(problems: [LocalizedText(vi: "JSON không hợp lệ tại byte \(error.offset): \(error.message)",
                                                 en: "invalid JSON at byte \(error.offset): \(error.message)")],
                        offset: error.offset)
        }
        guard let members = value.objectValue else {
            throw Error(problems: [LocalizedText(vi: "cấu hình phải là một đối tượng JSON {…}", en: "the configuration must be a JSON object {…}")])
        }
        var c = Configuration()
        var problems: [LocalizedText] = []
        func typeError(_ key: String, _ expected: LocalizedText) {
            problems.append(LocalizedText(vi: "khóa \"\(key)\": cần \(expected.vi)", en: "key \"\(key)\": expected \(expected.en)"))
        }
        let listOfStrings = LocalizedText(vi: "một mảng chuỗi", en: "an array of strings")
        func strings(_ key: String, _ v: JSONValue) -> [String]? {
            guard let a = v.arrayValue else { typeError(key, listOfStrings); return nil }
            var out: [String] = []
            for x in a {
                guard let s = x.stringValue else { typeError(key, listOfStrings); return nil }
                out.append(s)
            }
            return out
        }
        func rules(_ key: String, _ v: JSONValue) -> [String]? {
            guard let list = strings(key, v) else { return nil }
            for s in list where !RuleSelector.isValid(s) { problems.append(RuleSelector.unknown(s, key: key)) }
            return list
        }
        var seen = Set<String>()
        for (key, v) in members {
            if !seen.insert(key).inserted {
                problems.append(LocalizedText(vi: "khóa \"\(key)\" xuất hiện hai lần", en: "key \"\(key)\" appears twice"))
            }
            switch key {
            case "$schema": continue
            case "select": c.select = rules(key, v)
            case "ignore": c.ignore += rules(key, v) ?? []
            case "severity":
                guard let map = v.objectValue else {
                    typeError(key, LocalizedText(vi: "một đối tượng {\"mã\": \"mức\"}", en: "an object {\"code\": \"level\"}"))
                    continue
                }
                for (rule, lv) in map {
                    if !RuleSelector.isValid(rule) { problems.append(RuleSelector.unknown(rule, key: key)); continue }
                    guard let s = lv.stringValue else { typeError("severity.\(rule)", levelsText); continue }
                    if s == "off" { c.ignore.append(rule); continue }
                    guard let sev = Severity(rawValue: s) else { typeError("severity.\(rule)", levelsText); continue }
                    c.severities[rule] = sev
                }
            case "regime":
                guard let s = v.stringValue, let r = Regime(rawValue: s) else { typeError(key, LocalizedText("nd30 | tt01 | qppl")); continue }
                c.regime = r
            case "lang":
                guard let s = v.stringValue, let l = MessageLanguage(rawValue: s) else { typeError(key, LocalizedText("vi | en")); continue }
                c.lang = l
            case "ignorePaths": c.ignorePaths = strings(key, v) ?? []
            case "catalogs": c.catalogs = strings(key, v) ?? []
            case "failOn":
                guard let s = v.stringValue, let sev = Severity(rawValue: s) else { typeError(key, LocalizedText("error | warning | info | hint")); continue }
                c.failOn = sev
            default:
                problems.append(LocalizedText(
                    vi: "khóa không rõ \"\(key)\" (các khóa hợp lệ: \(keys.joined(separator: ", ")))",
                    en: "unknown key \"\(key)\" (valid keys: \(keys.joined(separator: ", ")))"))
            }
        }
        if !problems.isEmpty { throw Error(problems: problems) }
        return c
    }

    private static let levelsText = LocalizedText("error | warning | info | hint | off")

    /// The linter options this configuration asks for.
    public var lintOptions: LintOptions {
        var o = LintOptions()
        o.select = select ?? []
        o.ignore = ignore
        o.regime = regime
        // A prefix (`VB5`) applies to every rule it covers; the most specific
        // key wins (exact code or name, then the longest prefix).
        func specificity(_ key: String, _ m: RuleMetadata) -> Int {
            if key.uppercased() == m.code || key == m.name { return 1000 }
            return key.uppercased() == "ALL" ? 0 : key.count
        }
        for r in RuleRegistry.all {
            let m = r.metadata
            let best = severities.filter { RuleRegistry.matches(m, $0.key) }
                .max { (specificity($0.key, m), $0.key) < (specificity($1.key, m), $1.key) }
            if let best { o.severities[m.code] = best.value }
        }
        return o
    }
}

/// Rule selectors: a code (`VB104`), a name (`luu-vt-format`), a code
/// prefix (`VB1`, `VB`) or `ALL`.
public enum RuleSelector {
    /// Whether the selector names at least one rule, or is a group prefix
    /// (`VB`, `VB0`…`VB6`) even if that group has no rule yet.
    public static func isValid(_ s: String) -> Bool {
        if RuleRegistry.isKnownSelector(s) { return true }
        let u = s.uppercased()
        if u == "VB" { return true }
        if u.count == 3, u.hasPrefix("VB"), let d = u.last, d >= "0" && d <= "6" { return true }
        return false
    }

    static func unknown(_ s: String, key: String) -> LocalizedText {
        LocalizedText(vi: "khóa \"\(key)\": không có quy tắc \"\(s)\" (xem: vblint rules)",
                      en: "key \"\(key)\": no rule \"\(s)\" (see: vblint rules)")
    }
}

/// Glob-ish path patterns for `ignorePaths`, matched against a path
/// relative to the configuration's folder, with `/` separators:
///
/// - `*` matches within one path segment, `?` one character, `**` any
///   number of segments;
/// - a pattern without `/` (other than a trailing one) matches a file or
///   folder name at any depth (`*.bak.md`, `node_modules`);
/// - a pattern with `/` is anchored at the configuration's folder
///   (`drafts/old`, `/build`);
/// - a trailing `/` matches folders only; a folder pattern also covers
///   everything under the folder.
public enum PathPattern {
    public static func matches(_ pattern: String, path: String, isDirectory: Bool) -> Bool {
        var p = pattern
        var dirOnly = false
        while p.hasSuffix("/") { p.removeLast(); dirOnly = true }
        if p.hasPrefix("./") { p.removeFirst(2) }
        let anchored = p.contains("/")
        if p.hasPrefix("/") { p.removeFirst() }
        if p.isEmpty { return false }
        let pat = p.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let segs = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // The path itself or any of its folders.
        for end in stride(from: segs.count, through: 1, by: -1) {
            let isDir = end < segs.count || isDirectory
            if dirOnly && !isDir { continue }
            let prefix = Array(segs[0..<end])
            if anchored {
                if match(pat[...], prefix[...]) { return true }
            } else if let last = prefix.last, glob(Array(pat[0].unicodeScalars)[...], Array(last.unicodeScalars)[...]) {
                return true
            }
        }
        return false
    }

    private static func match(_ pat: ArraySlice<String>, _ segs: ArraySlice<String>) -> Bool {
        guard let first = pat.first else { return segs.isEmpty }
        if first == "**" {
            var rest = segs
            while true {
                if match(pat.dropFirst(), rest) { return true }
                if rest.isEmpty { return false }
                rest = rest.dropFirst()
            }
        }
        guard let s = segs.first, glob(Array(first.unicodeScalars)[...], Array(s.unicodeScalars)[...]) else { return false }
        return match(pat.dropFirst(), segs.dropFirst())
    }

    /// `*` and `?` within one segment (iterative, linear backtracking).
    private static func glob(_ p: ArraySlice<Unicode.Scalar>, _ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var pi = p.startIndex, si = s.startIndex
        var starP = -1, starS = -1
        while si < s.endIndex {
            if pi < p.endIndex && (p[pi] == "?" || p[pi] == s[si]) { pi += 1; si += 1 }
            else if pi < p.endIndex && p[pi] == "*" { starP = pi; starS = si; pi += 1 }
            else if starP >= 0 { pi = starP + 1; starS += 1; si = starS }
            else { return false }
        }
        while pi < p.endIndex && p[pi] == "*" { pi += 1 }
        return pi == p.endIndex
    }
}
