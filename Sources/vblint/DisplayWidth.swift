/// Terminal column widths, so that carets line up under Vietnamese text
/// with combining marks (width 0) and East Asian wide characters (width 2).
enum DisplayWidth {
    static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        if v <= 0x36F { return 0 }
        if (0x200B...0x200F).contains(v) || (0x2028...0x202E).contains(v) || (0x2060...0x2064).contains(v) || v == 0xFEFF { return 0 }
        if isWide(v) { return 2 }
        if v >= 0x1AB0 {
            switch s.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: return 0
            default: break
            }
        } else if (0x483...0x489).contains(v) || (0x591...0x5C7).contains(v) || (0x610...0x61A).contains(v)
                    || (0x64B...0x65F).contains(v) || (0x900...0x903).contains(v) || (0x93A...0x94F).contains(v) {
            return 0
        }
        return 1
    }

    /// East Asian Wide and Fullwidth (the main blocks).
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
