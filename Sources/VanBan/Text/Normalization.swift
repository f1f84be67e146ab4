/// Unicode NFC, linear. Wraps the stdlib's underscored `_nfcCodeUnits`
/// (linear, byte-identical to Python's NFC, measured in swift-notes.md)
/// because Foundation's `precomposedStringWithCanonicalMapping` is quadratic
/// on Linux. If a later toolchain drops the underscored API, this is the one
/// place to change; `NormalizationTests` pins its behaviour.
public enum NFC {
    /// Whether the bytes may contain a combining mark (U+0300–U+036F) or a
    /// scalar that normalisation changes. False means certainly NFC for
    /// Vietnamese text; true means "check".
    @inline(__always)
    public static func mayNeedNormalization(_ b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { p in
            var i = 0
            // Sixteen bytes at a time: CC and CD are the bytes that differ
            // only in the lowest bit.
            if let raw = UnsafeRawPointer(p.baseAddress) {
                let mask = SIMD16<UInt8>(repeating: 0xFE), lead = SIMD16<UInt8>(repeating: 0xCC)
                while i + 16 <= p.count {
                    if ByteScan.any((raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self) & mask) .== lead) { return true }
                    i += 16
                }
            }
            while i < p.count { if p[i] == 0xCC || p[i] == 0xCD { return true }; i += 1 }
            return false
        }
    }

    /// NFC of UTF-8 bytes.
    public static func normalize(_ b: [UInt8]) -> [UInt8] {
        let s = String(decoding: b, as: UTF8.self)
        return Array(s._nfcCodeUnits)
    }

    /// Whether the bytes are already in NFC.
    public static func isNFC(_ b: [UInt8]) -> Bool {
        if !mayNeedNormalization(b) { return true }
        return normalize(b) == b
    }
}

extension String {
    public var nfcNormalized: String {
        String(decoding: NFC.normalize(Array(self.utf8)), as: UTF8.self)
    }
}
