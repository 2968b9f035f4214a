from citeqa.cli import app

app()
