from englishroom.cli import main

main()
