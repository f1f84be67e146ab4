import Testing
@testable import VanBanLint

/// `PhraseMatcher.words(of:)`, the byte split of an official name, against
/// the Character split it replaces (the reference), on every name the
/// matchers are built from and on spaces next to scalars that join them.
@Suite struct PhraseMatcherWordsTests {
    static func reference(_ s: String) -> [String] { s.split(separator: " ").map(String.init) }

    static func same(_ a: [String], _ b: [String]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { Array($0.utf8) == Array($1.utf8) }
    }

    @Test func officialNames() {
        for s in OfficialNames.agencies + OfficialNames.titles {
            #expect(Self.same(PhraseMatcher.words(of: s), Self.reference(s)), "\(s)")
        }
    }

    @Test func spacesNextToJoiningScalars() {
        let strings = [
            "", " ", "  ", "a", " a", "a ", "a  b", " Bộ  Tài chính ", "Thủ tướng Chính phủ", "ĐẢNG ỦY", "x ỹ ỵ",
            "a \u{301}b", "a\u{301} b", "ộ \u{300}", "\u{600} a", "a \u{600}", "a \u{200D}b", "a \u{903}", "é é", "ʼ ʼ",
            "\u{2FF} \u{2FF}", "\u{300} \u{300}", "\u{1DFF} a", "a \u{1DFF}", "\u{1F00} a", "a \u{1F00}", "😀 😀", "a\r\n b",
            "\u{1100} \u{1161}", "a \u{E0100}",
        ]
        for s in strings {
            #expect(Self.same(PhraseMatcher.words(of: s), Self.reference(s)), "\(s.debugDescription)")
        }
    }
}
