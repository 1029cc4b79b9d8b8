-- The one 2022 -> 2024 merger of the city that a public source states (NQ 1104/NQ-UBTVQH15,
-- in force 01/09/2024): phường Vị Hoàng, Vị Xuyên and Trần Tế Xương merged into one ward
-- named Vị Xuyên, which kept Trần Tế Xương's code 13636. The other 2022 -> 2024 links stay
-- unknown (territory/reference/README.md). Nothing happens where the units are absent.
INSERT INTO admin_unit_succession (predecessor_id, successor_id, kind, effective_on, legal_act)
SELECT p.id, s.id, 'MERGED_INTO', DATE '2024-09-01', 'Nghị quyết 1104/NQ-UBTVQH15'
FROM admin_unit p
JOIN admin_unit s ON s.code = '13636' AND s.name = 'Phường Vị Xuyên' AND s.valid_from = DATE '2024-09-01'
WHERE p.valid_to = DATE '2024-09-01'
  AND ((p.code = '13639' AND p.name = 'Phường Vị Hoàng')
    OR (p.code = '13642' AND p.name = 'Phường Vị Xuyên')
    OR (p.code = '13636' AND p.name = 'Phường Trần Tế Xương'))
  AND NOT EXISTS (SELECT 1 FROM admin_unit_succession x
                  WHERE x.predecessor_id = p.id AND x.successor_id = s.id AND x.kind = 'MERGED_INTO');
