//! Writes the pictures of each example map in every look, to look at them:
//! `cargo run --example pictures -- OUT_FOLDER [SCALE] [NAME]` makes
//! `<map>-<look>.png` (and `.svg`, and one `.pdf`) for each map in
//! `examples/` (whose file name holds NAME, when given).

use std::path::PathBuf;

use convene::export::{Look, Picture, Scope, picture, prepare};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().unwrap_or_else(|| "pictures".to_owned()));
    let scale: f32 = args.next().and_then(|s| s.parse().ok()).unwrap_or(1.0);
    let only = args.next().unwrap_or_default();
    std::fs::create_dir_all(&out)?;
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut maps: Vec<PathBuf> = std::fs::read_dir(&examples)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .filter(|p| p.to_string_lossy().contains(&only))
        .collect();
    maps.sort();
    for path in maps {
        let map = convene::file::read(&path)?;
        let p = prepare(&map, &Scope::Whole, false)?;
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        for (look, name) in [
            (Look::Light, "light"),
            (Look::Dark, "dark"),
            (Look::Print, "print"),
        ] {
            let options = Picture {
                look,
                scale,
                ..Picture::default()
            };
            std::fs::write(
                out.join(format!("{stem}-{name}.svg")),
                picture::svg(&p, &options),
            )?;
            std::fs::write(
                out.join(format!("{stem}-{name}.png")),
                picture::png(&p, &options)?,
            )?;
        }
        let pdf = picture::pdf(std::slice::from_ref(&p), &Picture::default())?;
        std::fs::write(out.join(format!("{stem}.pdf")), pdf)?;
        println!("{stem}: done");
    }
    Ok(())
}
