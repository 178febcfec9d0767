{{%AUTOESCAPE context="HTML"}}
{{!
  保单上传 of one enrollment (insurer). Values: ENROLLMENT_ID, SCHOOL_NAME, PRODUCT_NAME, YEAR_LABEL,
  DECLARED_COUNT, DEADLINE (Chinese date), CSRF (global). Status sections (one of): WAITING, INSURED,
  MODIFYING, NEEDS_ENDORSEMENT; LATEST_MISMATCH. POLICY repeated (KIND 保单/批单, POLICY_NO, INSURED_COUNT,
  MISMATCH, PREMIUM in yuan, PERIOD, UPLOADED_AT, HAS_FILE > FILE_URL (the download) or NO_FILE, LATEST); NO_POLICY. CLOSED (past the
  deadline) or FORM (FORM_TITLE, BATCH_KEY (random, one per shown form), FORM_ERROR > MESSAGE, PDF_REQUIRED or PDF_OPTIONAL, typed values POLICY_NO,
  INSURED_COUNT, PREMIUM, STARTS_ON, ENDS_ON, per-field ERR_POLICY_NO, ERR_INSURED_COUNT, ERR_PREMIUM,
  ERR_STARTS_ON, ERR_ENDS_ON, ERR_PDF > MESSAGE). The csrf field must stay the FIRST field (multipart rule).
}}
<h1 class="page-title">保单上传</h1>
<p class="breadcrumb">当前位置：<a href="/school/insurer/">首页</a> &gt; <a href="/school/insurer/policies/import">保单上传</a> &gt; {{SCHOOL_NAME}}</p>
<dl class="facts">
<div class="fact"><dt>学校名称</dt><dd>{{SCHOOL_NAME}}</dd></div>
<div class="fact"><dt>险种</dt><dd>{{PRODUCT_NAME}}</dd></div>
<div class="fact"><dt>学年</dt><dd><strong class="year">{{YEAR_LABEL}}</strong></dd></div>
<div class="fact"><dt>参保人数</dt><dd><strong class="num">{{DECLARED_COUNT}}</strong> 人</dd></div>
<div class="fact"><dt>状态</dt><dd>{{#WAITING}}<span class="badge badge-info">待上传保单</span>{{/WAITING}}{{#INSURED}}<span class="badge badge-ok">已承保</span>{{/INSURED}}{{#MODIFYING}}<span class="badge badge-warn">修改中</span>{{/MODIFYING}}{{#NEEDS_ENDORSEMENT}}<span class="badge badge-warn">需上传批单</span>{{/NEEDS_ENDORSEMENT}}{{#LATEST_MISMATCH}} <span class="badge badge-warn">人数不一致</span>{{/LATEST_MISMATCH}}</dd></div>
<div class="fact"><dt>保单上传截止</dt><dd>{{DEADLINE}}</dd></div>
</dl>
{{#MODIFYING}}<p class="notice">学校的修改申请正在审核中，审核通过后参保人数或花名册可能变化，请按变化后的投保数据上传批单。</p>{{/MODIFYING}}
{{#NEEDS_ENDORSEMENT}}<p class="notice">学校的投保数据在最近一次保单之后已修改，请上传批单（修改后的保单）。</p>{{/NEEDS_ENDORSEMENT}}
<h2 class="section-title">已上传的保单</h2>
{{#NO_POLICY}}<p class="empty">尚未上传保单。</p>{{/NO_POLICY}}
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="policy-caption">
<table class="data-table">
<caption id="policy-caption" class="visually-hidden">{{SCHOOL_NAME}} {{PRODUCT_NAME}} 保单列表（以最新一份为准）</caption>
<thead>
<tr><th scope="col">类型</th><th scope="col">保单号</th><th scope="col" class="col-num">承保人数</th><th scope="col" class="col-num">保费（元）</th><th scope="col">保险期间</th><th scope="col">上传时间</th><th scope="col">保单文件</th></tr>
</thead>
<tbody>{{#POLICY}}<tr><td>{{KIND}}{{#LATEST}} <span class="badge badge-info">最新</span>{{/LATEST}}</td><td class="nowrap">{{POLICY_NO}}</td><td class="col-num">{{INSURED_COUNT}}{{#MISMATCH}} <span class="badge badge-warn">人数不一致</span>{{/MISMATCH}}</td><td class="col-num">{{PREMIUM}}</td><td class="nowrap">{{PERIOD}}</td><td class="nowrap">{{UPLOADED_AT}}</td><td>{{#HAS_FILE}}<a href="{{FILE_URL}}">下载</a>{{/HAS_FILE}}{{#NO_FILE}}<span class="muted">未上传</span>{{/NO_FILE}}</td></tr>
{{/POLICY}}</tbody>
</table>
</div>
{{#CLOSED}}<p class="form-error" role="alert">保单上传已于 {{DEADLINE}} 截止，不能再上传。如需延期请联系管理中心。</p>{{/CLOSED}}
{{#FORM}}
<h2 class="section-title">{{FORM_TITLE}}</h2>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/FORM_ERROR}}
<form class="policy-form" method="post" action="/school/files/insurer/policy" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="enrollment" value="{{ENROLLMENT_ID}}">
<input type="hidden" name="batch_key" value="{{BATCH_KEY}}">
<div class="field">
<label for="policy-no">保单号</label>
<input id="policy-no" name="policy_no" type="text" maxlength="64" value="{{POLICY_NO}}" required pattern="[A-Za-z0-9\-]{1,64}"{{#ERR_POLICY_NO}} aria-invalid="true" aria-describedby="policy-no-error"{{/ERR_POLICY_NO}}>
{{#ERR_POLICY_NO}}<p class="field-error" id="policy-no-error">{{MESSAGE}}</p>{{/ERR_POLICY_NO}}
</div>
<div class="field">
<label for="policy-count">承保人数</label>
<input id="policy-count" name="insured_count" type="text" inputmode="numeric" maxlength="7" value="{{INSURED_COUNT}}" required{{#ERR_INSURED_COUNT}} aria-invalid="true" aria-describedby="policy-count-error"{{/ERR_INSURED_COUNT}}> 人
{{#ERR_INSURED_COUNT}}<p class="field-error" id="policy-count-error">{{MESSAGE}}</p>{{/ERR_INSURED_COUNT}}
</div>
<div class="field">
<label for="policy-premium">保费</label>
<input id="policy-premium" name="premium" type="text" inputmode="decimal" maxlength="16" value="{{PREMIUM}}" required{{#ERR_PREMIUM}} aria-invalid="true" aria-describedby="policy-premium-error"{{/ERR_PREMIUM}}> 元
{{#ERR_PREMIUM}}<p class="field-error" id="policy-premium-error">{{MESSAGE}}</p>{{/ERR_PREMIUM}}
</div>
<div class="field">
<label for="policy-from">保险期间 起</label>
<input id="policy-from" name="starts_on" type="date" value="{{STARTS_ON}}" required{{#ERR_STARTS_ON}} aria-invalid="true" aria-describedby="policy-from-error"{{/ERR_STARTS_ON}}>
{{#ERR_STARTS_ON}}<p class="field-error" id="policy-from-error">{{MESSAGE}}</p>{{/ERR_STARTS_ON}}
</div>
<div class="field">
<label for="policy-to">保险期间 止</label>
<input id="policy-to" name="ends_on" type="date" value="{{ENDS_ON}}" required{{#ERR_ENDS_ON}} aria-invalid="true" aria-describedby="policy-to-error"{{/ERR_ENDS_ON}}>
{{#ERR_ENDS_ON}}<p class="field-error" id="policy-to-error">{{MESSAGE}}</p>{{/ERR_ENDS_ON}}
</div>
<div class="field">
<label for="policy-pdf">保单文件（PDF，不超过 10 MB）</label>
{{#PDF_OPTIONAL}}<p class="field-hint">批单可不附 PDF；附上时学校可在“承保数据”中下载。</p>{{/PDF_OPTIONAL}}
<input id="policy-pdf" name="policy_pdf" type="file" accept=".pdf,application/pdf"{{#PDF_REQUIRED}} required{{/PDF_REQUIRED}}{{#ERR_PDF}} aria-invalid="true" aria-describedby="policy-pdf-error"{{/ERR_PDF}}>
{{#ERR_PDF}}<p class="field-error" id="policy-pdf-error">{{MESSAGE}}</p>{{/ERR_PDF}}
</div>
<div class="actions">
<button type="submit" class="btn btn-primary">上传</button>
</div>
</form>
{{/FORM}}
