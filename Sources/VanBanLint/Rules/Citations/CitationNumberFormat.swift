import VanBan

/// VB401 citation-number-format: a cited number must follow the number
/// grammar: `Đ` not `D` in codes such as `NĐ`, `QĐ`, `HĐND`; no blanks
/// inside (`30/2020/NĐ - CP`); a year in four digits; the Quốc hội's term
/// in its code (`88/2015/QH13`, not `QH`).
public struct CitationNumberFormat: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB401", name: "citation-number-format", severity: .error, appliesToNonDocuments: true,
        source: "Luật 80/2015 Điều 10; NĐ 34/2016 Điều 58 (rules.md R-52); NĐ 30/2020 Phụ lục I, II.3 (R-11)",
        summary: LocalizedText(vi: "Số, ký hiệu văn bản được dẫn viết sai", en: "Cited document number is malformed"),
        explanation: LocalizedText(
            vi: "Số, ký hiệu gồm số thứ tự, năm (với văn bản quy phạm pháp luật) và ký hiệu, nối bằng `/` và `-`, không có dấu cách; chữ viết tắt dùng `Đ` chứ không dùng `D` (`NĐ-CP`, `QĐ-TTg`, `HĐND`); ký hiệu văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội ghi cả khóa (`88/2015/QH13`, `1211/2016/UBTVQH13`). Sửa: thay `D` bằng `Đ` trong các mã đã biết, xóa dấu cách (an toàn); ghi khóa Quốc hội theo năm (cần xác nhận).",
            en: "A number is sequence, year (for legal normative documents) and symbol joined by `/` and `-`, with no blanks; codes use `Đ`, not `D` (`NĐ-CP`, `QĐ-TTg`, `HĐND`); the codes of the National Assembly and its Standing Committee carry the term (`88/2015/QH13`, `1211/2016/UBTVQH13`). Fix: `D` → `Đ` in known codes, blanks removed (safe); the term from the year (unsafe)."),
        fixSafety: .safe,
        triggering: [
            RuleExample("Thực hiện Nghị định số 30/2020/ND-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.", violations: 1,
                        fixed: "Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư."),
            RuleExample("Theo Quyết định số 15/QĐ - BNV ngày 10/3/2021 của Bộ Nội vụ.", violations: 1,
                        fixed: "Theo Quyết định số 15/QĐ-BNV ngày 10/3/2021 của Bộ Nội vụ."),
            RuleExample("Căn cứ Nghị định số 115/20/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ quy định về tuyển dụng;", violations: 1),
            RuleExample("Căn cứ Luật Kế toán số 88/2015/QH ngày 20 tháng 11 năm 2015;", violations: 1),
        ],
        nonTriggering: [
            RuleExample("Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư."),
            RuleExample("Theo Hướng dẫn số 12/HD-BNV ngày 10/3/2021 của Bộ Nội vụ."),
            RuleExample("Căn cứ Luật Kế toán số 88/2015/QH13 và Nghị quyết số 1211/2016/UBTVQH13."),
        ])

    /// The digits of a year typed short (`115/20/NĐ-CP` gives `20`): two or
    /// three digits between the first and second `/`.
    static func shortYear(_ text: String) -> String? {
        // Splitting into `Character`s costs thousands of instructions per
        // number; a short year needs the bytes `/`, two or three digits, `/`
        // somewhere, which nearly every number lacks.
        guard mayHaveShortYear(text) else { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3, (2...3).contains(parts[1].utf8.count), parts[1].utf8.allSatisfy(Bytes.isDigit) else { return nil }
        return String(parts[1])
    }

    /// Whether the bytes hold `/`, two or three ASCII digits, `/`: true
    /// whenever `shortYear` finds a year (its `/` are single-byte characters).
    /// (Read on the contiguous bytes: walking `String.UTF8View` costs
    /// several times more per byte.)
    static func mayHaveShortYear(_ text: String) -> Bool {
        var t = text
        return t.withUTF8 { mayHaveShortYear(bytes: $0) }
    }

    static func mayHaveShortYear(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = -1
        for b in bytes {
            if b == 0x2F {
                if digits == 2 || digits == 3 { return true }
                digits = 0
            } else if digits >= 0 && b >= 0x30 && b <= 0x39 {
                digits += 1
            } else {
                digits = -1
            }
        }
        return false
    }

    /// Codes written with `D` where `Đ` is meant.
    static let dFixes: [String: String] = [
        "ND": "NĐ", "QD": "QĐ", "HDND": "HĐND", "BGDDT": "BGDĐT", "BKHDT": "BKHĐT", "BLDTBXH": "BLĐTBXH",
        "HDTP": "HĐTP", "QDLT": "QĐLT", "DCSVN": "ĐCSVN",
    ]

    public func check(_ context: RuleContext) {
        let doc = context.document
        let cits = context.analysis.citations.citations
        for i in cits.indices where cits[i].form == .numbered {
            // (The form read in place: a citation is copied, a retain and a
            // release, only when numbered.)
            let c = cits[i]
            guard c.form == .numbered, c.number?.isPartyStyle == false else { continue }
            // The number copied once (a retain of its text and of its
            // parts' box), not once per field read.
            let n = c.number!
            if let short = Self.shortYear(n.text) {
                // `115/20/NĐ-CP`: the year in two or three digits. With the
                // citation's date in the same year, the fix writes it whole.
                let full = c.date.map { String($0.year) }.flatMap { $0.hasSuffix(short) ? $0 : nil }
                let fixed = full.map { n.text.replacingFirst("/" + short + "/", with: "/" + $0 + "/") }
                context.report(n.range, LocalizedText(vi: "Năm trong số, ký hiệu viết đủ bốn chữ số: “\(n.text)”" + (fixed.map { " → “\($0)”" } ?? ""),
                                                      en: "The year in a number takes four digits: “\(n.text)”" + (fixed.map { " → “\($0)”" } ?? "")),
                               fixes: fixed.map { [context.fix(n.range, $0, LocalizedText(vi: "Sửa thành \($0)", en: "Change to \($0)"), safety: .unsafe)] } ?? [])
                continue
            }
            // (The parts read on the number's bytes: `symbolParts` makes a
            // string for each.)
            let symbol = Self.symbolFacts(n)
            if let year = n.year, let code = symbol.quocHoiCode {
                // `88/2015/QH`: a Quốc hội text's code carries the term
                // (`QH13`); the fix writes it when the year tells it.
                let term = Self.quocHoiTerm(year: year, month: c.date?.month)
                let fixed = term.map { n.text + String($0) }
                context.report(n.range, LocalizedText(
                    vi: "Ký hiệu văn bản của Quốc hội ghi cả khóa Quốc hội: “\(n.text)”" + (fixed.map { " → “\($0)”" } ?? " (ví dụ “\(code)15”)"),
                    en: "The code of a National Assembly text includes its term: “\(n.text)”" + (fixed.map { " → “\($0)”" } ?? " (e.g. “\(code)15”)")),
                    fixes: fixed.map { [context.fix(n.range, $0, LocalizedText(vi: "Sửa thành \($0)", en: "Change to \($0)"), safety: .unsafe)] } ?? [])
                continue
            }
            let wrong = symbol.wrong
            if n.hasSpaces {
                let fixed = fixedNumber(n.normalized)
                context.report(n.range, LocalizedText(vi: "Số, ký hiệu \"\(n.text)\" có dấu cách; viết liền: \(fixed)",
                                                      en: "Number \"\(n.text)\" contains blanks; write it as \(fixed)"),
                               fixes: [context.fix(n.range, fixed, LocalizedText(vi: "Viết liền số, ký hiệu", en: "Remove the blanks"))])
                continue
            }
            guard !wrong.isEmpty else { continue }
            let fixed = fixedNumber(doc.text(n.range))
            context.report(n.range, LocalizedText(vi: "Ký hiệu viết \"D\" thay cho \"Đ\" (\(wrong.joined(separator: ", "))): \(fixed)",
                                                  en: "Symbol has \"D\" where \"Đ\" is meant (\(wrong.joined(separator: ", "))): \(fixed)"),
                           fixes: [context.fix(n.range, fixed, LocalizedText(vi: "Sửa thành \(fixed)", en: "Change to \(fixed)"))])
        }
    }

    /// The term (khóa) of the Quốc hội that issued a text in `year`: each
    /// term opens in July of an election year (2002, 2007, 2011, 2016,
    /// 2021), so in those years the month decides, and without it nil.
    static func quocHoiTerm(year: Int, month: Int?) -> Int? {
        let opens: [(year: Int, term: Int)] = [(1997, 10), (2002, 11), (2007, 12), (2011, 13), (2016, 14), (2021, 15)]
        guard year >= 1998, year <= 2025 else { return nil }
        guard let k = opens.lastIndex(where: { $0.year <= year }) else { return nil }
        if opens[k].year == year {
            guard let month else { return nil }
            return month >= 7 ? opens[k].term : opens[k].term - 1
        }
        return opens[k].term
    }

    /// Whether `part` may be a key of `dFixes`: every key has a `D`, and a
    /// string equal to one (canonical equivalence) has the byte `D` too, as
    /// no other character is equivalent to `D`. Hashing a String with
    /// non-ASCII letters (`NĐ`, `QĐ`) is slow; most parts are rejected here.
    static func mayNeedDFix(_ part: String) -> Bool {
        var p = part
        return p.withUTF8 { $0.contains(0x44) }
    }

    /// What `check` asks of a number's `symbolParts`, read on the symbol's
    /// bytes: the code of a
    /// symbol of one part that is `QH` or `UBTVQH`, and the parts written
    /// with `D` for `Đ` (`ND→NĐ`), in order.
    struct SymbolFacts {
        var quocHoiCode: String?
        var wrong: [String] = []
    }

    static let qh = Array("QH".utf8), ubtvqh = Array("UBTVQH".utf8)

    /// `dFixes` by the keys' bytes (all ASCII).
    static let dFixBytes: [(key: [UInt8], string: String, fix: String)] =
        dFixes.sorted { $0.key < $1.key }.map { (Array($0.key.utf8), $0.key, $0.value) }

    /// `SymbolFacts` of a number, read on its symbol's bytes
    /// (`DocumentNumber.withSymbolBytes`: `symbolParts` joined by `-`,
    /// read in place). A part equals an ASCII key (`QH`, `ND`) as a
    /// `String` exactly when its bytes are the key's, except for a part
    /// holding the Kelvin sign (U+212A, canonically `K`, bytes `E2 84 AA`):
    /// a symbol with a byte `E2` is read through `symbolParts`' strings.
    static func symbolFacts(_ n: DocumentNumber) -> SymbolFacts {
        n.withSymbolBytes { symbol in
            if symbol.contains(0xE2) { return symbolFactsSlow(n) }
            let dash = UInt8(ascii: "-"), count = symbol.count
            var facts = SymbolFacts()
            if !symbol.contains(dash) {
                if equals(symbol, 0, count, qh) { facts.quocHoiCode = "QH" }
                if equals(symbol, 0, count, ubtvqh) { facts.quocHoiCode = "UBTVQH" }
            }
            var partStart = 0
            for k in 0...count where k == count || symbol[k] == dash {
                if symbol[partStart..<k].contains(UInt8(ascii: "D")) {
                    for e in dFixBytes where equals(symbol, partStart, k, e.key) { facts.wrong.append(e.string + "→" + e.fix) }
                }
                partStart = k + 1
            }
            return facts
        }
    }

    /// Whether `raw[start..<end]` are the bytes `key`.
    private static func equals(_ raw: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ key: [UInt8]) -> Bool {
        end - start == key.count && raw[start..<end].elementsEqual(key)
    }

    /// `symbolFacts` through the parts' strings, compared as `String`s.
    private static func symbolFactsSlow(_ n: DocumentNumber) -> SymbolFacts {
        let parts = n.symbolParts
        var facts = SymbolFacts()
        if let code = parts.first, parts.count == 1, code == "QH" || code == "UBTVQH" { facts.quocHoiCode = code }
        for p in parts where mayNeedDFix(p) { if let f = dFixes[p] { facts.wrong.append(p + "→" + f) } }
        return facts
    }

    /// The number with blanks removed and `D` codes corrected.
    func fixedNumber(_ text: String) -> String {
        var t = text
        if let fast = t.withUTF8({ Self.fixedNumber(bytes: $0) }) { return fast }
        let compact = String(text.unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" }.map(Character.init))
        guard let slash = compact.lastIndex(of: "/") else { return compact }
        let head = compact[...slash]
        let symbol = compact[compact.index(after: slash)...].split(separator: "-", omittingEmptySubsequences: false)
            .map { Self.dFixes[String($0)] ?? String($0) }.joined(separator: "-")
        return head + symbol
    }

    /// `fixedNumber` on the bytes of a number of ASCII and `Đ`/`đ` only
    /// (nearly every one; nil for any other). There each scalar is a
    /// character (no combining mark, and CR and LF are dropped) and two
    /// strings are equal when their bytes are (the Kelvin sign, equal to
    /// `K`, is not ASCII): the characters `/` and `-` are those bytes, and
    /// a part is a key of `dFixes` when its bytes are the key's.
    static func fixedNumber(bytes b: UnsafeBufferPointer<UInt8>) -> String? {
        var compact: [UInt8] = []
        compact.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                if c != 0x20 && c != 0x09 && c != 0x0A && c != 0x0D { compact.append(c) }
                i += 1
                continue
            }
            guard c == 0xC4, i + 1 < b.count, b[i + 1] == 0x90 || b[i + 1] == 0x91 else { return nil }
            compact.append(c)
            compact.append(b[i + 1])
            i += 2
        }
        guard let slash = compact.lastIndex(of: UInt8(ascii: "/")) else { return String(decoding: compact, as: UTF8.self) }
        var out = Array(compact[...slash])
        var partStart = slash + 1
        for k in (slash + 1)...compact.count where k == compact.count || compact[k] == UInt8(ascii: "-") {
            let part = compact[partStart..<k]
            if let e = dFixBytes.first(where: { $0.key.elementsEqual(part) }) { out.append(contentsOf: e.fix.utf8) } else { out.append(contentsOf: part) }
            if k < compact.count { out.append(UInt8(ascii: "-")) }
            partStart = k + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
