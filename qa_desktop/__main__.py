from qa_desktop.cli import main

raise SystemExit(main())
