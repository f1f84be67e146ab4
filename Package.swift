// swift-tools-version:6.0
import PackageDescription

// vblint: no package dependencies. Only the toolchain's own modules.
let package = Package(
    name: "vblint",
    products: [
        .executable(name: "vblint", targets: ["vblint"]),
        .library(name: "VanBan", targets: ["VanBan"]),
        .library(name: "VanBanLint", targets: ["VanBanLint"]),
    ],
    targets: [
        // Text and ranges, document model, parser, citation extraction. Stdlib only.
        .target(name: "VanBan"),
        // Rules, regimes, configuration, fixes. Pure analysis: no I/O.
        .target(name: "VanBanLint", dependencies: ["VanBan"]),
        // The language server: JSON-RPC over stdio, a thin layer over VanBanLint.
        .target(name: "VanBanServer", dependencies: ["VanBan", "VanBanLint"]),
        // The one executable: parse, check, rules, explain, lsp, bench.
        .executableTarget(name: "vblint", dependencies: ["VanBan", "VanBanLint", "VanBanServer"]),
        .testTarget(name: "VanBanTests", dependencies: ["VanBan"]),
        .testTarget(name: "VanBanLintTests", dependencies: ["VanBan", "VanBanLint"]),
        .testTarget(name: "VanBanServerTests", dependencies: ["VanBan", "VanBanLint", "VanBanServer"]),
        // End-to-end tests that run the built `vblint` binary.
        .testTarget(name: "CLITests", dependencies: ["vblint"]),
    ],
    swiftLanguageModes: [.v6]
)
