import VanBan

/// Small helpers shared by rules.
extension RuleContext {
    /// Text of a range from the original source.
    public func text(_ r: TextRange) -> String { document.source.string(r) }

    /// The first non-blank line's range, where "missing component" findings go.
    public var firstLineRange: TextRange {
        for l in document.lines where !l.trimmed.isEmpty { return l.trimmed }
        return TextRange(0, 0)
    }

    /// The administrative regimes (NĐ 30/2020 and TT 01/2011) use the same
    /// wording for most header rules; this names the one in force.
    public var regimeName: LocalizedText { regime.title }
}

extension String {
    /// Whether the string has a lower-case letter.
    var hasLowercase: Bool { unicodeScalars.contains { ScalarClass.isLowercase($0) } }
    /// Whether the string has an upper-case letter.
    var hasUppercase: Bool { unicodeScalars.contains { ScalarClass.isUppercase($0) } }
    /// First letter upper case, the rest lower case ("NGUYỄN" → "Nguyễn").
    var capitalizedWord: String {
        guard let f = first else { return self }
        return String(f).uppercased() + dropFirst().lowercased()
    }
}

extension Array where Element == Character {
    /// Whether `run` stands in these characters: `String(self).contains(String(run))`
    /// (a search by characters, as `String.contains` makes it) on characters
    /// made once, since the `String` search costs tens of thousands of
    /// instructions a call.
    func containsRun(_ run: [Character]) -> Bool {
        guard !run.isEmpty else { return true }
        guard count >= run.count else { return false }
        for i in 0...(count - run.count) where self[i] == run[0] {
            var k = 1
            while k < run.count && self[i + k] == run[k] { k += 1 }
            if k == run.count { return true }
        }
        return false
    }
}
