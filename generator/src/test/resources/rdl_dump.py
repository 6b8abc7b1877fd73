"""Compiles a SystemRDL file with systemrdl-compiler and prints its registers as JSON.

Usage: python rdl_dump.py FILE.rdl
Exits non-zero on any compiler error or warning (a warning is a defect of the view).
Output: {"name": top, "registers": [{"name", "address", "title", "fields": [{"name", "lsb",
"msb", "sw", "hw", "onwrite", "hwset", "hwclr", "counter", "incrsaturate", "reset", "desc"}]}]}
"""
import json
import sys

from systemrdl import RDLCompiler
from systemrdl.messages import MessagePrinter, Severity


class Collecting(MessagePrinter):
    def __init__(self):
        super().__init__()
        self.problems = []

    def print_message(self, severity, text, src_ref):
        super().print_message(severity, text, src_ref)
        if severity >= Severity.WARNING:
            self.problems.append(text)


def field(f):
    onwrite = f.get_property("onwrite")
    return {
        "name": f.inst_name,
        "lsb": f.lsb,
        "msb": f.msb,
        "sw": f.get_property("sw").name,
        "hw": f.get_property("hw").name,
        "onwrite": onwrite.name if onwrite is not None else "",
        "hwset": bool(f.get_property("hwset")),
        "hwclr": bool(f.get_property("hwclr")),
        "counter": bool(f.get_property("counter")),
        "incrsaturate": bool(f.get_property("incrsaturate")),
        "reset": f.get_property("reset"),
        "desc": f.get_property("desc"),
    }


def main(path):
    printer = Collecting()
    rdlc = RDLCompiler(message_printer=printer)
    rdlc.compile_file(path)
    top = rdlc.elaborate().top
    if printer.problems:
        sys.exit("rdl_dump: %d warnings" % len(printer.problems))
    regs = [{"name": r.inst_name, "address": r.absolute_address, "title": r.get_property("name"),
             "fields": [field(f) for f in r.fields()]} for r in top.registers()]
    print(json.dumps({"name": top.inst_name, "registers": regs}, indent=1))


if __name__ == "__main__":
    main(sys.argv[1])
