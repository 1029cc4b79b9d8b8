-- The sanction catalogue as data (vietnam-legal-domain.md §6). Verification: T = operative
-- text read, S = secondary source, N = not verified (must be checked before go-live).
-- Administrators add later decrees (e.g. NĐ 238/2026) through /api/v1/streets/decrees.

INSERT INTO streets_violation_type (code, name_vi, name_en, tip_category, sort_order) VALUES
    ('SIDEWALK_STALL', 'Lấn chiếm vỉa hè, lòng đường để kinh doanh, bày bán hàng hóa', 'Stall or goods on the sidewalk or roadway', 'sidewalk-encroachment', 10),
    ('SIGNBOARD', 'Đặt, treo biển hiệu, biển quảng cáo trái phép trên vỉa hè, lòng đường', 'Signboard or advertising board on the sidewalk or roadway', 'illegal-sign', 20),
    ('TARPAULIN', 'Căng bạt, dựng rạp che trái phép trên vỉa hè, lòng đường', 'Tarpaulin or tent over the sidewalk or roadway', 'sidewalk-encroachment', 30),
    ('AWNING', 'Làm mái che, mái vẩy lấn chiếm vỉa hè', 'Awning over the sidewalk', 'sidewalk-encroachment', 40),
    ('STREET_VENDING', 'Bán hàng rong trên lòng đường, vỉa hè tuyến phố cấm bán hàng', 'Street vending where selling is banned', 'sidewalk-encroachment', 50),
    ('UNPERMITTED_OCCUPATION', 'Sử dụng tạm thời lòng đường, vỉa hè không có giấy phép hoặc sai giấy phép', 'Temporary use of the roadway or sidewalk without or against a permit', 'sidewalk-encroachment', 60);

INSERT INTO streets_decree (code, title, valid_from, valid_to, source, verification, created_at) VALUES
    ('ND100-2019', 'Nghị định 100/2019/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 123/2021/NĐ-CP)', DATE '2020-01-01', DATE '2025-01-01',
     'Nghị định 100/2019/NĐ-CP Điều 12, Điều 74, Điều 75; Nghị định 123/2021/NĐ-CP', 'S', CURRENT_TIMESTAMP),
    ('ND168-2024', 'Nghị định 168/2024/NĐ-CP', DATE '2025-01-01', NULL,
     'Nghị định 168/2024/NĐ-CP Điều 12, Điều 41-43 (github.com/lethang7794/gtdb data/nghi-dinh-168.yaml)', 'T', CURRENT_TIMESTAMP);

INSERT INTO streets_sanction (decree_code, type_code, article, clause, point, conduct, individual_min, individual_max,
    organisation_min, organisation_max, remedial, verification) VALUES
    ('ND168-2024', 'STREET_VENDING', 12, 2, 'e', 'Bán hàng rong hoặc hàng hóa nhỏ lẻ khác trên lòng đường, trên vỉa hè các tuyến phố có quy định cấm bán hàng', 200000, 250000, NULL, NULL, NULL, 'T'),
    ('ND168-2024', 'SIDEWALK_STALL', 12, 7, NULL, 'Sử dụng trái phép lòng đường, vỉa hè để họp chợ; kinh doanh dịch vụ ăn uống; bày, bán hàng hóa; sửa chữa phương tiện; rửa xe', 2000000, 3000000, 4000000, 6000000, 'Buộc khôi phục lại tình trạng ban đầu đã bị thay đổi', 'T'),
    ('ND168-2024', 'SIGNBOARD', 12, 7, NULL, 'Sử dụng trái phép lòng đường, vỉa hè để đặt, treo biển hiệu, biển quảng cáo', 2000000, 3000000, 4000000, 6000000, 'Buộc tháo dỡ biển hiệu, biển quảng cáo', 'T'),
    ('ND168-2024', 'TARPAULIN', 12, 7, NULL, 'Sử dụng trái phép lòng đường, vỉa hè (căng bạt, dựng rạp che)', 2000000, 3000000, 4000000, 6000000, 'Buộc tháo dỡ, khôi phục lại tình trạng ban đầu', 'N'),
    ('ND168-2024', 'AWNING', 12, 7, NULL, 'Sử dụng trái phép lòng đường, vỉa hè (làm mái che)', 2000000, 3000000, 4000000, 6000000, 'Buộc tháo dỡ, khôi phục lại tình trạng ban đầu', 'N'),
    ('ND168-2024', 'UNPERMITTED_OCCUPATION', 12, 12, NULL, 'Sử dụng tạm thời lòng đường, vỉa hè vào mục đích khác mà không có giấy phép, giấy phép hết hạn hoặc thực hiện không đúng giấy phép', 10000000, 15000000, 20000000, 30000000, 'Buộc khôi phục lại tình trạng ban đầu đã bị thay đổi (k.16)', 'T'),
    ('ND100-2019', 'STREET_VENDING', 12, 1, 'a', 'Bán hàng rong hoặc bán hàng hóa nhỏ lẻ khác trên lòng đường đô thị, trên vỉa hè các tuyến phố có quy định cấm bán hàng', 100000, 200000, 200000, 400000, NULL, 'S'),
    ('ND100-2019', 'SIDEWALK_STALL', 12, 5, 'a', 'Sử dụng trái phép lòng đường đô thị, hè phố để họp chợ; kinh doanh dịch vụ ăn uống; bày, bán hàng hóa; sửa chữa phương tiện; rửa xe', 2000000, 3000000, 4000000, 6000000, 'Buộc khôi phục lại tình trạng ban đầu đã bị thay đổi', 'S'),
    ('ND100-2019', 'SIGNBOARD', 12, 5, 'a', 'Sử dụng trái phép lòng đường đô thị, hè phố để đặt, treo biển hiệu, biển quảng cáo', 2000000, 3000000, 4000000, 6000000, 'Buộc tháo dỡ biển hiệu, biển quảng cáo', 'S'),
    ('ND100-2019', 'TARPAULIN', 12, 5, 'a', 'Sử dụng trái phép lòng đường đô thị, hè phố để dựng rạp, làm mái che gây cản trở giao thông', 2000000, 3000000, 4000000, 6000000, 'Buộc tháo dỡ, khôi phục lại tình trạng ban đầu', 'S'),
    ('ND100-2019', 'AWNING', 12, 5, 'a', 'Sử dụng trái phép lòng đường đô thị, hè phố để làm mái che', 2000000, 3000000, 4000000, 6000000, 'Buộc tháo dỡ, khôi phục lại tình trạng ban đầu', 'S');

INSERT INTO streets_title (code, name_vi, name_en) VALUES
    ('COMMUNE_CHAIR', 'Chủ tịch Ủy ban nhân dân cấp xã', 'Chair of the commune People''s Committee'),
    ('COMMUNE_POLICE_CHIEF', 'Trưởng Công an cấp xã', 'Chief of the commune police');

INSERT INTO streets_competence (decree_code, title_code, fine_ceiling, clauses, source) VALUES
    ('ND168-2024', 'COMMUNE_CHAIR', 5000000, NULL, 'Nghị định 168/2024/NĐ-CP Điều 41-43'),
    ('ND168-2024', 'COMMUNE_POLICE_CHIEF', 2500000, '12.1,12.2,12.3,12.5,12.6', 'Nghị định 168/2024/NĐ-CP Điều 41-43: k.7, k.9 không thuộc thẩm quyền'),
    ('ND100-2019', 'COMMUNE_CHAIR', 4000000, NULL, 'Nghị định 100/2019/NĐ-CP Điều 75 (cần đối chiếu)'),
    ('ND100-2019', 'COMMUNE_POLICE_CHIEF', 1500000, NULL, 'Nghị định 100/2019/NĐ-CP Điều 74 (cần đối chiếu sửa đổi của Nghị định 123/2021)');
