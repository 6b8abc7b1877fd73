# Prints a LEF macro as KLayout reads it: "cell NAME x0 y0 x1 y1" and one "pin NAME LAYER x0 y0 x1 y1"
# per labelled pin shape (um). Run: QT_QPA_PLATFORM=offscreen klayout -b -r lef_pins.py -rd lef=FILE
import pya
opt = pya.LoadLayoutOptions()
opt.lefdef_config.produce_cell_outlines = True
ly = pya.Layout()
ly.read(lef, opt)
top = ly.top_cell()
dbu = ly.dbu
b = top.bbox()
print("cell %s %.3f %.3f %.3f %.3f" % (top.name, b.left * dbu, b.bottom * dbu, b.right * dbu, b.top * dbu))
index = {ly.get_info(li).name: li for li in ly.layer_indexes()}
for li in ly.layer_indexes():
    info = ly.get_info(li)
    name = info.name
    if not name.endswith(".LABEL"):
        continue
    layer = name[:-len(".LABEL")]
    pins = index[layer + ".PIN"]
    for s in top.shapes(li).each():
        if not s.is_text():
            continue
        p = s.text.trans.disp
        for ps in top.shapes(pins).each_overlapping(pya.Box(p, p)):
            pb = ps.bbox()
            print("pin %s %s %.3f %.3f %.3f %.3f" % (s.text.string, layer, pb.left * dbu, pb.bottom * dbu, pb.right * dbu, pb.top * dbu))
# Obstructions: "obs LAYER x0 y0 x1 y1" per shape of a LAYER.OBS layer.
for li in ly.layer_indexes():
    name = ly.get_info(li).name
    if name.endswith(".OBS"):
        for s in top.shapes(li).each():
            ob = s.bbox()
            print("obs %s %.3f %.3f %.3f %.3f" % (name[:-len(".OBS")], ob.left * dbu, ob.bottom * dbu, ob.right * dbu, ob.top * dbu))
