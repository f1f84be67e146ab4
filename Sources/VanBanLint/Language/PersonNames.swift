import VanBan

/// Vietnamese personal names, as far as the rules need to tell one from a
/// place name: a full name opens with a family name (`Nguyễn`, `Trần`,
/// `Bùi` …) and has three syllables or more (`Bùi Xuân Cường`). Place
/// names rarely do both (`Phan Thiết`, `Cao Bằng` and `Hà Giang` open with
/// a family name but have two syllables), so a three-syllable run opening
/// with a family name is read as a person's name.
enum PersonNames {
    /// The common family names (about 95 % of the population).
    static let familyNames = Lexicon([
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
        "dương", "lý", "lương", "đinh", "trịnh", "đào", "mai", "cao", "tạ", "tô", "tăng", "hà", "lâm", "quách",
        "thái", "chu", "kiều", "đoàn", "vương", "trương", "lưu", "tống", "triệu", "nông", "lò", "mạc", "khổng",
        "lại", "châu", "phùng", "diệp", "thân", "hứa", "từ", "doãn", "nghiêm", "đàm", "văn", "vi", "hầu", "giáp",
    ])

    /// Whether the capitalised words from `first` on, separated by single
    /// blanks, read as a person's full name (see the type's comment).
    static func isFullName(_ words: [Word], from first: Int, clean b: [UInt8]) -> Bool {
        guard first + 2 < words.count, let f = familyNames.lookup(b, words[first].range), f.form == .capitalized else { return false }
        for k in first + 1...first + 2 {
            let w = words[k]
            guard w.isCapitalized, !w.isAllCaps || w.letterCount == 1,
                  TextScan.onlyBlanksBetween(b, words[k - 1].range.end, w.range.start) else { return false }
        }
        return true
    }
}
