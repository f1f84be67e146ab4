#if canImport(Glibc)
import Glibc
#endif

/// Keeps the server's resident memory close to what it holds. Linting a
/// large document allocates and frees megabytes (copies of the text, line
/// tables, the JSON of the diagnostics); with glibc's default dynamic mmap
/// threshold those blocks end up in the heap, fragment it and stay
/// resident after they are freed.
///
/// The glibc calls are looked up at run time (`malloc.h` is not part of
/// the Glibc module); elsewhere this does nothing.
enum Memory {
    /// A text at least this large gives memory back after its lint.
    static let largeText = 256 << 10

    /// Blocks of 64 KB and more are mapped on their own (and unmapped when
    /// freed) instead of growing the heap.
    static func configure() {
        #if canImport(Glibc)
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
        if let f = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
            _ = unsafeBitCast(f, to: MallOpt.self)(mmapThreshold, 64 << 10)
        }
        #endif
    }

    /// Returns free heap pages to the system.
    static func trim() {
        #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        if let f = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(f, to: MallocTrim.self)(0)
        }
        #endif
    }
}
