//! The `convene` program: the command line, and (soon) the editor.

fn main() -> std::process::ExitCode {
    convene::cli::main()
}
