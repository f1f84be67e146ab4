import VanBan

/// Building capitalisation findings from a phrase match.
public enum CaseFix {
    /// Edits that rewrite each word of a match whose case differs from `target`.
    public static func edits(words: [Word], firstWord: Int, official: [String], forms: [CaseForm], target: [CaseForm]) -> [TextEdit] {
        var out: [TextEdit] = []
        for k in 0..<official.count where forms[k] != target[k] {
            out.append(TextEdit(range: words[firstWord + k].range, replacement: TextScan.apply(target[k], to: official[k])))
        }
        return out
    }

    /// The text of the matched words in the given forms, joined by spaces.
    public static func spelled(_ official: [String], _ forms: [CaseForm]) -> String {
        zip(official, forms).map { TextScan.apply($1, to: $0) }.joined(separator: " ")
    }

    /// The words of a match as written (joined by single spaces).
    public static func written(_ b: [UInt8], _ words: [Word], _ first: Int, _ count: Int) -> String {
        (first..<(first + count)).map { TextScan.string(b, words[$0].range) }.joined(separator: " ")
    }

    /// Whether the word after index `k` (adjacent, same line) is a capitalised
    /// word whose upper case is a common family name: the start of a person's name.
    public static func personNameFollows(_ b: [UInt8], _ words: [Word], after k: Int) -> Bool {
        guard k + 2 < words.count else { return false }
        let n = words[k + 1], m = words[k + 2]
        guard n.isCapitalized, !n.isAllCaps || n.letterCount == 1, m.isCapitalized,
              TextScan.onlyBlanksBetween(b, words[k].range.end, n.range.start),
              TextScan.onlyBlanksBetween(b, n.range.end, m.range.start) else { return false }
        return Vietnamese.familyNames.contains(TextScan.string(b, n.range).uppercased())
    }
}
