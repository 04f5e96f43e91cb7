//! The `convene` program: the command line, and (soon) the editor.

/// mimalloc makes parsing large maps (and, in the editor, tessellation)
/// markedly faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    convene::cli::main()
}
