//! An export under way on a thread of its own, so that a large picture or
//! document does not freeze the window. The window asks each frame whether
//! it has finished.

use std::path::PathBuf;
use std::sync::mpsc;

use crate::export::{self, Options};
use crate::file;
use crate::model::Map;

/// What a finished export made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    /// The files written, the main one first.
    pub paths: Vec<PathBuf>,
    /// How many confidential items were left out.
    pub left_out: usize,
}

/// An export under way.
#[derive(Debug)]
pub struct Job {
    answer: mpsc::Receiver<Result<Done, String>>,
}

impl Job {
    /// Starts exporting `map` as `options` say, to files beside `chosen`.
    pub fn start(map: Map, options: Options, chosen: PathBuf) -> Self {
        let (send, answer) = mpsc::channel();
        std::thread::spawn(move || {
            let result = export::write(&map, &options)
                .map_err(|e| format!("The map could not be exported. {e}"))
                .and_then(|output| {
                    let paths = file::write_export(&chosen, &output).map_err(|e| e.to_string())?;
                    Ok(Done {
                        paths,
                        left_out: output.left_out,
                    })
                });
            // If the window has gone, nobody is waiting for the answer.
            let _ = send.send(result);
        });
        Self { answer }
    }

    /// The result, once the export has finished.
    pub fn poll(&self) -> Option<Result<Done, String>> {
        match self.answer.try_recv() {
            Ok(result) => Some(result),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Err(
                "The export stopped before it finished; nothing was saved.".to_owned(),
            )),
        }
    }
}

/// "Saved map.svg in /home/ana/maps; 2 confidential items were left out."
pub fn saved_words(done: &Done) -> String {
    let names: Vec<String> = done
        .paths
        .iter()
        .filter_map(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    let folder = done
        .paths
        .first()
        .and_then(|p| p.parent())
        .map(|f| f.display().to_string())
        .filter(|f| !f.is_empty())
        .unwrap_or_else(|| ".".to_owned());
    let mut words = format!("Saved {} in {folder}", names.join(" and "));
    match export::left_out_words(done.left_out) {
        Some(left) => words.push_str(&format!("; {left}")),
        None => words.push('.'),
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_saved_words_name_the_files_the_folder_and_what_was_left_out() {
        let done = Done {
            paths: vec![
                PathBuf::from("/home/ana/net-nodes.csv"),
                PathBuf::from("/home/ana/net-edges.csv"),
            ],
            left_out: 2,
        };
        assert_eq!(
            saved_words(&done),
            "Saved net-nodes.csv and net-edges.csv in /home/ana; 2 confidential items were left out."
        );
        let one = Done {
            paths: vec![PathBuf::from("/m/map.svg")],
            left_out: 0,
        };
        assert_eq!(saved_words(&one), "Saved map.svg in /m.");
    }
}
