"""Copy a trained core model into the package, with its licence and provenance.

    python training/core/package.py build/core-model/model-best src/eventwire/models/core

The model was trained on UD English EWT (CC BY-SA 4.0) and GUM (CC BY 4.0): as a work derived
from them it is distributed under CC BY-SA 4.0, which `LICENSE` and `meta.json` say beside the
MIT licence of our code. The treebanks themselves are not copied.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

LICENSE_TEXT = """\
The files in this folder are a statistical model (spaCy pipeline: tok2vec, tagger,
morphologizer, dependency parser, trainable lemmatizer) trained by the eventwire project on:

- Universal Dependencies English Web Treebank (UD_English-EWT), licensed CC BY-SA 4.0;
- Universal Dependencies English GUM (UD_English-GUM), the parts licensed CC BY 4.0.

As a work derived from these treebanks the model is licensed under the Creative Commons
Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0),
https://creativecommons.org/licenses/by-sa/4.0/ . The eventwire code that loads it is MIT
licensed (see the project's licence). Rebuild the model with `make model` (training recipe in
training/core/ of the eventwire repository).
"""

README_TEXT = """\
# eventwire core language model

Trained by `make model` from the UD English treebanks (EWT + GUM) with
`training/core/config.cfg`; loaded by `eventwire.language`. Licence: CC BY-SA 4.0 (see LICENSE).
Accuracy on the UD test sets: `eventwire eval parse en_ewt-test.conllu en_gum-test.conllu`.
"""


def package(source: Path, target: Path) -> None:
    """Replace `target` with the model in `source`, adding LICENSE, README and provenance."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({
        "name": "eventwire_core",
        "version": "1.0.0",
        "license": "CC BY-SA 4.0",
        "author": "eventwire",
        "description": "Tagger, morphologizer, UD dependency parser and lemmatizer for news, "
                       "trained on UD English EWT and GUM.",
        "sources": [
            {"name": "UD English EWT", "license": "CC BY-SA 4.0"},
            {"name": "UD English GUM (CC BY parts)", "license": "CC BY 4.0"},
        ],
    })
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    (target / "LICENSE").write_text(LICENSE_TEXT, encoding="utf-8")
    (target / "README.md").write_text(README_TEXT, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="Copy a trained model into the package.")
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    args = parser.parse_args()
    package(args.source, args.target)


if __name__ == "__main__":
    main()
