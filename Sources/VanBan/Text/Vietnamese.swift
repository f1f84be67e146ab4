/// Vietnamese letter facts used by the parser and the language rules.
public enum Vietnamese {
    /// Lower-case vowels with their base letter, tone-marked and not.
    static let groups: [(Character, String)] = [
        ("a", "aàáảãạăằắẳẵặâầấẩẫậ"),
        ("e", "eèéẻẽẹêềếểễệ"),
        ("i", "iìíỉĩị"),
        ("o", "oòóỏõọôồốổỗộơờớởỡợ"),
        ("u", "uùúủũụưừứửữự"),
        ("y", "yỳýỷỹỵ"),
        ("d", "dđ"),
    ]

    private static let baseTable: [UInt32: UInt8] = {
        var t: [UInt32: UInt8] = [:]
        for (base, letters) in groups {
            let b = base.asciiValue!
            for ch in letters {
                for s in String(ch).unicodeScalars { t[s.value] = b }
                for s in String(ch).uppercased().unicodeScalars { t[s.value] = b - 32 }
            }
        }
        return t
    }()

    /// Removes diacritics: "Cộng hòa" → "Cong hoa". For OCR-tolerant matching.
    public static func stripDiacritics(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.value >= 0x300 && u.value <= 0x36F { continue }
            if u.value < 0x80 { out.append(u); continue }
            if let b = baseTable[u.value] { out.append(Unicode.Scalar(b)) } else { out.append(u) }
        }
        return String(out)
    }

    /// Whether the scalar is a Vietnamese (or ASCII) letter with a tone or
    /// vowel mark, i.e. a letter not in plain ASCII.
    public static func isMarkedLetter(_ u: Unicode.Scalar) -> Bool { baseTable[u.value] != nil && u.value >= 0x80 }

    /// Base ASCII letter of a Vietnamese letter, if it is one.
    public static func base(of u: Unicode.Scalar) -> UInt8? {
        if u.value < 0x80 { return Bytes.isASCIILetter(UInt8(u.value)) ? UInt8(u.value) : nil }
        return baseTable[u.value]
    }

    /// Common family names, upper case, to tell a signer's name written in
    /// capitals from a title line.
    public static let familyNames: Set<String> = [
        "NGUYỄN", "TRẦN", "LÊ", "PHẠM", "HOÀNG", "HUỲNH", "PHAN", "VŨ", "VÕ", "ĐẶNG", "BÙI", "ĐỖ", "HỒ", "NGÔ",
        "DƯƠNG", "LÝ", "ĐÀO", "ĐINH", "MAI", "TRỊNH", "LƯƠNG", "LÂM", "TRƯƠNG", "HÀ", "TẠ", "CAO", "LƯU", "TÔ",
        "THÁI", "CHU", "TÔN", "QUÁCH", "VƯƠNG", "LA", "KIỀU", "DOÃN", "TRIỆU", "NÔNG", "LỤC", "KHỔNG", "ÂU",
        "ĐOÀN", "VI", "HẦU", "VĂN", "THÂN", "LẠI", "GIANG", "HOÀNG", "PHÙNG", "KHƯƠNG", "TIÊU", "ĐÀM", "NINH",
    ]
}
