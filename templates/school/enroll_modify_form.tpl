{{%AUTOESCAPE context="HTML"}}
{{!
  The 申请修改 form of one enrollment, filled by modify_form_fill. Values: ID, ACTION_URL, PRODUCT_ID, INSURED_KIND,
  DECLARED, REASON, ROSTER_URL, TEMPLATE_URL, CSRF (global). Sections: COMPANY repeated (ID, NAME, SELECTED).
  The csrf field must stay the FIRST field (multipart rule).
}}
<form class="enroll-form" method="post" action="{{ACTION_URL}}" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<div class="field">
<label for="modify-count">人数</label>
<input id="modify-count" name="declared_count" type="text" inputmode="numeric" pattern="[0-9]*" maxlength="7" value="{{DECLARED}}" required> 人
</div>
<div class="field">
<label for="modify-company">投保公司</label>
<select id="modify-company" name="company_id" required>
<option value="">请选择...</option>
{{#COMPANY}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/COMPANY}}
</select>
</div>
<div class="field">
<label for="modify-roster">上传花名册</label>
<p class="field-hint">已上传花名册：<a href="{{ROSTER_URL}}">下载</a>　如花名册有改动请上传最新的，无改动无需重复上传。 <a href="{{TEMPLATE_URL}}">{{INSURED_KIND}}花名册模板下载</a></p>
<input id="modify-roster" name="roster" type="file" accept=".xlsx,.xls,.csv">
</div>
<div class="field">
<label for="modify-reason">修改原因</label>
<input id="modify-reason" name="reason" type="text" maxlength="200" value="{{REASON}}" required>
<p class="field-hint">如人员变更、保险公司选择错误、前期数据导入错误等，不超过 200 字。</p>
</div>
<div class="actions">
<button type="submit" class="btn btn-primary">提交修改申请</button>
</div>
</form>
