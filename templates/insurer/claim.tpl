{{%AUTOESCAPE context="HTML"}}
{{!
  One claim of an insurer. Title sections NEW_TITLE / PENDING_TITLE / SETTLED_TITLE; ERROR (MESSAGE).
  FORM: NEW or EDIT (ID); values CLAIM_NO, SCHOOL, ACCIDENT_ON, INJURED_NAME, CAUSE, HANDLING,
  SETTLEMENT_NOTE, PRODUCT, TODAY, each *_ERROR (MESSAGE) with *_ERROR_INVALID; SCHOOL_OPTION (NAME)
  and PRODUCT_OPTION (ID, NAME, SELECTED) repeated. SETTLE: ID, TODAY, PAID, CLOSED_ON with
  PAID_ERROR / CLOSED_ON_ERROR (MESSAGE) and *_INVALID, SETTLE_ERROR (MESSAGE). DETAIL (settled):
  CLAIM_NO, SCHOOL, PRODUCT, ACCIDENT_ON, INJURED_NAME, CAUSE, HANDLING, SETTLEMENT_NOTE, PAID, CLOSED_ON.
  CSRF is global. 结案 asks for confirmation through admin-confirm.js (data-confirm).
}}
<h1 class="page-title">{{#NEW_TITLE}}新增未决案件{{/NEW_TITLE}}{{#PENDING_TITLE}}未决案件{{/PENDING_TITLE}}{{#SETTLED_TITLE}}理赔案件{{/SETTLED_TITLE}}</h1>
<p class="back-link"><a href="/school/insurer/claims">返回保险数据上传</a></p>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
{{#FORM}}
<section class="panel" aria-labelledby="claim-heading">
<h2 id="claim-heading" class="section-title">{{#NEW}}案件信息{{/NEW}}{{#EDIT}}修改案件{{/EDIT}}</h2>
<form class="form-card" method="post" action="{{#NEW}}/school/insurer/claims/new{{/NEW}}{{#EDIT}}/school/insurer/claim{{/EDIT}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#EDIT}}<input type="hidden" name="id" value="{{ID}}">{{/EDIT}}
<div class="field{{#SCHOOL_ERROR_INVALID}} has-error{{/SCHOOL_ERROR_INVALID}}">
<label for="school">出险学校</label>
<input id="school" name="school" type="text" value="{{SCHOOL}}" maxlength="100" required list="school-list" autocomplete="off" placeholder="输入学校名称查找"{{#SCHOOL_ERROR_INVALID}} aria-invalid="true" aria-describedby="school-error"{{/SCHOOL_ERROR_INVALID}}>
<datalist id="school-list">{{#SCHOOL_OPTION}}<option value="{{NAME}}"></option>{{/SCHOOL_OPTION}}</datalist>
{{#SCHOOL_ERROR}}<p id="school-error" class="field-error">{{MESSAGE}}</p>{{/SCHOOL_ERROR}}
<p class="field-hint">负责区域内、出险所在学年向本公司投保的学校（填写学校全称）。</p>
</div>
<div class="field{{#PRODUCT_ERROR_INVALID}} has-error{{/PRODUCT_ERROR_INVALID}}">
<label for="product">险种（选填）</label>
<select id="product" name="product"><option value="">不指定</option>{{#PRODUCT_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PRODUCT_OPTION}}</select>
{{#PRODUCT_ERROR}}<p class="field-error">{{MESSAGE}}</p>{{/PRODUCT_ERROR}}
</div>
<div class="field{{#ACCIDENT_ON_ERROR_INVALID}} has-error{{/ACCIDENT_ON_ERROR_INVALID}}">
<label for="accident_on">出险时间</label>
<input id="accident_on" name="accident_on" type="date" value="{{ACCIDENT_ON}}" max="{{TODAY}}" required{{#ACCIDENT_ON_ERROR_INVALID}} aria-invalid="true" aria-describedby="accident_on-error"{{/ACCIDENT_ON_ERROR_INVALID}}>
{{#ACCIDENT_ON_ERROR}}<p id="accident_on-error" class="field-error">{{MESSAGE}}</p>{{/ACCIDENT_ON_ERROR}}
</div>
<div class="field{{#INJURED_NAME_ERROR_INVALID}} has-error{{/INJURED_NAME_ERROR_INVALID}}">
<label for="injured_name">伤者姓名</label>
<input id="injured_name" name="injured_name" type="text" value="{{INJURED_NAME}}" maxlength="50" required{{#INJURED_NAME_ERROR_INVALID}} aria-invalid="true" aria-describedby="injured_name-error"{{/INJURED_NAME_ERROR_INVALID}}>
{{#INJURED_NAME_ERROR}}<p id="injured_name-error" class="field-error">{{MESSAGE}}</p>{{/INJURED_NAME_ERROR}}
</div>
<div class="field{{#CAUSE_ERROR_INVALID}} has-error{{/CAUSE_ERROR_INVALID}}">
<label for="cause">事故原因</label>
<textarea id="cause" name="cause" rows="3" maxlength="500" required{{#CAUSE_ERROR_INVALID}} aria-invalid="true" aria-describedby="cause-error"{{/CAUSE_ERROR_INVALID}}>{{CAUSE}}</textarea>
{{#CAUSE_ERROR}}<p id="cause-error" class="field-error">{{MESSAGE}}</p>{{/CAUSE_ERROR}}
</div>
<div class="field{{#HANDLING_ERROR_INVALID}} has-error{{/HANDLING_ERROR_INVALID}}">
<label for="handling">保险公司处理情况（选填）</label>
<textarea id="handling" name="handling" rows="3" maxlength="1000"{{#HANDLING_ERROR_INVALID}} aria-invalid="true" aria-describedby="handling-error"{{/HANDLING_ERROR_INVALID}}>{{HANDLING}}</textarea>
{{#HANDLING_ERROR}}<p id="handling-error" class="field-error">{{MESSAGE}}</p>{{/HANDLING_ERROR}}
</div>
<div class="field{{#SETTLEMENT_NOTE_ERROR_INVALID}} has-error{{/SETTLEMENT_NOTE_ERROR_INVALID}}">
<label for="settlement_note">理赔情况（选填）</label>
<textarea id="settlement_note" name="settlement_note" rows="2" maxlength="500"{{#SETTLEMENT_NOTE_ERROR_INVALID}} aria-invalid="true" aria-describedby="settlement_note-error"{{/SETTLEMENT_NOTE_ERROR_INVALID}}>{{SETTLEMENT_NOTE}}</textarea>
{{#SETTLEMENT_NOTE_ERROR}}<p id="settlement_note-error" class="field-error">{{MESSAGE}}</p>{{/SETTLEMENT_NOTE_ERROR}}
</div>
<div class="field{{#CLAIM_NO_ERROR_INVALID}} has-error{{/CLAIM_NO_ERROR_INVALID}}">
<label for="claim_no">案件编号（选填）</label>
<input id="claim_no" name="claim_no" type="text" value="{{CLAIM_NO}}" maxlength="64"{{#CLAIM_NO_ERROR_INVALID}} aria-invalid="true" aria-describedby="claim_no-error"{{/CLAIM_NO_ERROR_INVALID}}>
{{#CLAIM_NO_ERROR}}<p id="claim_no-error" class="field-error">{{MESSAGE}}</p>{{/CLAIM_NO_ERROR}}
<p class="field-hint">本公司的报案号；批量导入时按案件编号更新同一案件。</p>
</div>
<button type="submit" class="btn btn-primary">保存</button>
</form>
</section>
{{/FORM}}
{{#SETTLE}}
<section class="panel" aria-labelledby="settle-heading">
<h2 id="settle-heading" class="section-title">结案</h2>
{{#SETTLE_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/SETTLE_ERROR}}
<form class="form-card" method="post" action="/school/insurer/claim/settle" data-confirm="确认结案？结案后案件转入理赔案件，不能再修改。">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="id" value="{{ID}}">
<div class="field{{#PAID_ERROR_INVALID}} has-error{{/PAID_ERROR_INVALID}}">
<label for="paid">赔偿金额（元）</label>
<input id="paid" name="paid" type="text" inputmode="decimal" value="{{PAID}}" maxlength="20" required placeholder="如 1200.50"{{#PAID_ERROR_INVALID}} aria-invalid="true" aria-describedby="paid-error"{{/PAID_ERROR_INVALID}}>
{{#PAID_ERROR}}<p id="paid-error" class="field-error">{{MESSAGE}}</p>{{/PAID_ERROR}}
</div>
<div class="field{{#CLOSED_ON_ERROR_INVALID}} has-error{{/CLOSED_ON_ERROR_INVALID}}">
<label for="closed_on">结案时间</label>
<input id="closed_on" name="closed_on" type="date" value="{{CLOSED_ON}}" max="{{TODAY}}" required{{#CLOSED_ON_ERROR_INVALID}} aria-invalid="true" aria-describedby="closed_on-error"{{/CLOSED_ON_ERROR_INVALID}}>
{{#CLOSED_ON_ERROR}}<p id="closed_on-error" class="field-error">{{MESSAGE}}</p>{{/CLOSED_ON_ERROR}}
</div>
<button type="submit" class="btn btn-primary">确认结案</button>
</form>
</section>
{{/SETTLE}}
{{#DETAIL}}
<dl class="detail-list">
<div><dt>案件编号</dt><dd>{{CLAIM_NO}}</dd></div>
<div><dt>出险学校</dt><dd>{{SCHOOL}}</dd></div>
<div><dt>险种</dt><dd>{{PRODUCT}}</dd></div>
<div><dt>出险时间</dt><dd>{{ACCIDENT_ON}}</dd></div>
<div><dt>伤者姓名</dt><dd>{{INJURED_NAME}}</dd></div>
<div><dt>事故原因</dt><dd>{{CAUSE}}</dd></div>
<div><dt>保险公司处理情况</dt><dd>{{HANDLING}}</dd></div>
<div><dt>理赔情况</dt><dd>{{SETTLEMENT_NOTE}}</dd></div>
<div><dt>赔偿金额</dt><dd>{{PAID}} 元</dd></div>
<div><dt>结案时间</dt><dd>{{CLOSED_ON}}</dd></div>
</dl>
{{/DETAIL}}
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
