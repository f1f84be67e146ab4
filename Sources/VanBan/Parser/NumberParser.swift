/// Splits a document number/symbol into its parts (rules.md,
/// Accepts what drafters type, spaces included; rules
/// judge the form.
public enum NumberParser {
    /// Type codes that may open a symbol: Table A of both regimes, the
    /// normative codes, copy codes, and common misspellings (`ND`, `QD`) so
    /// that rules can name them.
    public static let typeCodes: Set<String> = {
        var s = Set(DocumentTypes.kindByCode.keys)
        s.formUnion(DocumentTypes.copyCodes)
        s.formUnion(["NĐ", "NQ", "QĐ", "TT", "TTLT", "NQLT", "CT", "L", "PL", "ND", "QD", "TTLT", "HD", "CV"])
        return s
    }()

    public static func parse(_ text: String, range: TextRange) -> DocumentNumber {
        // Bytes, not Characters: this runs for every number in the text.
        var raw = Array(text.utf8)
        let hasSpaces = raw.contains { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if hasSpaces { raw.removeAll { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }
        var n = DocumentNumber(range: range, text: text, sequence: "", year: nil, symbolParts: [], typeCode: nil,
                               issuerCode: nil, unitCode: nil, hasSpaces: hasSpaces, isPartyStyle: false)
        let slash = UInt8(ascii: "/")
        // Sequence: up to the first "/"; then an optional 4-digit year part
        // (when another part follows); the rest is the symbol.
        let firstSlash = raw.firstIndex(of: slash) ?? raw.count
        let seq = raw[..<firstSlash]
        n.sequence = String(decoding: seq, as: UTF8.self)
        var symbolStart = min(firstSlash + 1, raw.count)
        if firstSlash < raw.count, let next = raw[symbolStart...].firstIndex(of: slash), next - symbolStart == 4,
           raw[symbolStart..<next].allSatisfy(Bytes.isDigit) {
            n.year = raw[symbolStart..<next].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            symbolStart = next + 1
        }
        let symbolBytes = firstSlash < raw.count ? raw[symbolStart...] : raw[raw.count...]
        let symbol = String(decoding: symbolBytes, as: UTF8.self)
        n.symbolParts = symbolBytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        // Party style: 46-CT/TW (type code inside the sequence).
        if let dash = seq.firstIndex(of: UInt8(ascii: "-")), dash > seq.startIndex, seq[..<dash].allSatisfy(Bytes.isDigit) {
            let tail = String(decoding: seq[(dash + 1)...], as: UTF8.self)
            if !tail.isEmpty, tail.allSatisfy({ $0.isLetter }) {
                n.isPartyStyle = true
                n.typeCode = tail
                n.issuerCode = symbol
                return n
            }
        }
        let groups = n.symbolParts
        if groups.count >= 2, typeCodes.contains(groups[0]) {
            n.typeCode = groups[0]
            n.issuerCode = groups[1].isEmpty ? nil : groups[1]
            n.unitCode = groups.count > 2 ? groups[2...].joined(separator: "-") : nil
        } else if let first = groups.first, !first.isEmpty {
            if groups.count == 1, typeCodes.contains(first), n.year == nil {
                n.typeCode = first
            } else {
                n.issuerCode = first
                n.unitCode = groups.count > 1 ? groups[1...].joined(separator: "-") : nil
            }
        }
        return n
    }
}
