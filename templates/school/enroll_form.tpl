{{%AUTOESCAPE context="HTML"}}
{{!
  The 投保数据 upload form of one enrollment (seq 1 on 投保数据, seq 2… under 上传管理), filled by
  enroll_form_fill. Values: PRODUCT_ID, SEQ, FORM_ID (unique on the page), INSURED_KIND, BATCH_KEY,
  TEMPLATE_URL, ACTION_URL, DECLARED (as typed), CSRF (global). Sections: MERGE_NOTE (students); COMPANY repeated (ID,
  NAME, SELECTED); KEEP_CHECKED. The csrf field must stay the FIRST field (multipart rule).
}}
<form class="enroll-form" method="post" action="{{ACTION_URL}}" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="product" value="{{PRODUCT_ID}}">
<input type="hidden" name="batch_key" value="{{BATCH_KEY}}">
<input type="hidden" name="seq" value="{{SEQ}}">
<div class="field">
<label for="count-{{FORM_ID}}">参保人数</label>
<input id="count-{{FORM_ID}}" name="declared_count" type="text" inputmode="numeric" pattern="[0-9]*" maxlength="7" value="{{DECLARED}}" required> 人
</div>
<div class="field">
<label for="company-{{FORM_ID}}">投保公司</label>
<select id="company-{{FORM_ID}}" name="company_id" required>
<option value="">请选择...</option>
{{#COMPANY}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/COMPANY}}
</select>
</div>
<div class="field">
<label for="roster-{{FORM_ID}}">上传{{INSURED_KIND}}花名册</label> <a href="{{TEMPLATE_URL}}">{{INSURED_KIND}}花名册模板下载</a>
{{#MERGE_NOTE}}<p class="field-hint">（请将所有学生名单合并到一张表中上传）</p>{{/MERGE_NOTE}}
<input id="roster-{{FORM_ID}}" name="roster" type="file" accept=".xlsx,.xls,.csv" required>
</div>
<div class="field">
<label class="choice" for="keep-{{FORM_ID}}"><input type="checkbox" id="keep-{{FORM_ID}}" name="keep_valid" value="1"{{#KEEP_CHECKED}} checked{{/KEEP_CHECKED}}> 只保存正确的行（有问题的行不保存，参保人数须等于正确的行数）</label>
</div>
<div class="actions">
<button type="submit" class="btn btn-primary">提交上传</button>
</div>
</form>
